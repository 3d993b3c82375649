# python.gram: invalid_for_target with a ellipsis target; pegen.c _PyPegen_get_expr_name names it
for ... in y: pass
