# python.gram: invalid_named_expression with a true target; pegen.c _PyPegen_get_expr_name names it
(True := 1)
