# python.gram: invalid_for_target (comprehension) with a ellipsis target; pegen.c _PyPegen_get_expr_name names it
[1 for ... in y]
