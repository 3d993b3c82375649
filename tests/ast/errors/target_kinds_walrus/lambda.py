# python.gram: invalid_named_expression with a lambda target; pegen.c _PyPegen_get_expr_name names it
(lambda: 1 := 1)
