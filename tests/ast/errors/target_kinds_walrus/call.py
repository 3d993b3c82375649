# python.gram: invalid_named_expression with a call target; pegen.c _PyPegen_get_expr_name names it
(f() := 1)
