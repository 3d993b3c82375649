# python.gram: invalid_for_target with a dictcomp target; pegen.c _PyPegen_get_expr_name names it
for {x: y for x in z} in y: pass
