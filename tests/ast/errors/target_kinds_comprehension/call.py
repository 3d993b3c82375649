# python.gram: invalid_for_target (comprehension) with a call target; pegen.c _PyPegen_get_expr_name names it
[1 for f() in y]
