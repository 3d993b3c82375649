# python.gram: invalid_with_item with a namedexpr target; pegen.c _PyPegen_get_expr_name names it
with a as (a := 1): pass
