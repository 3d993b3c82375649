# python.gram: invalid_with_item with a ifexp target; pegen.c _PyPegen_get_expr_name names it
with a as (a if b else c): pass
