# python.gram: invalid_for_target with a ifexp target; pegen.c _PyPegen_get_expr_name names it
for (a if b else c) in y: pass
