# python.gram: invalid_named_expression with a set target; pegen.c _PyPegen_get_expr_name names it
({1, 2} := 1)
