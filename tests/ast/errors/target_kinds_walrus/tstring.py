# python.gram: invalid_named_expression with a tstring target; pegen.c _PyPegen_get_expr_name names it
(t"{x}" := 1)
