# python.gram: invalid_named_expression with a number target; pegen.c _PyPegen_get_expr_name names it
(1 := 1)
