# python.gram: invalid_for_target with a namedexpr target; pegen.c _PyPegen_get_expr_name names it
for (a := 1) in y: pass
