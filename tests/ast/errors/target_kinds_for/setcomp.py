# python.gram: invalid_for_target with a setcomp target; pegen.c _PyPegen_get_expr_name names it
for {x for x in y} in y: pass
