# python.gram: invalid_named_expression with a empty_list target; pegen.c _PyPegen_get_expr_name names it
([] := 1)
