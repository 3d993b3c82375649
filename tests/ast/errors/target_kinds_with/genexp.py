# python.gram: invalid_with_item with a genexp target; pegen.c _PyPegen_get_expr_name names it
with a as (x for x in y): pass
