# python.gram: invalid_named_expression with a boolop target; pegen.c _PyPegen_get_expr_name names it
(a and b := 1)
