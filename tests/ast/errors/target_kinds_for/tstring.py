# python.gram: invalid_for_target with a tstring target; pegen.c _PyPegen_get_expr_name names it
for t"{x}" in y: pass
