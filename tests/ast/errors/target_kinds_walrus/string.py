# python.gram: invalid_named_expression with a string target; pegen.c _PyPegen_get_expr_name names it
("s" := 1)
