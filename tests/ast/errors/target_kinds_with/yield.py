# python.gram: invalid_with_item with a yield target; pegen.c _PyPegen_get_expr_name names it
with a as (yield): pass
