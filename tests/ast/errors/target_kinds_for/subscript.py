# python.gram: invalid_for_target with a subscript target; pegen.c _PyPegen_get_expr_name names it
for a[0] in y: pass
