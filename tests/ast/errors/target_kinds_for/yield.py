# python.gram: invalid_for_target with a yield target; pegen.c _PyPegen_get_expr_name names it
for (yield) in y: pass
