# python.gram: invalid_named_expression with a yield target; pegen.c _PyPegen_get_expr_name names it
((yield) := 1)
