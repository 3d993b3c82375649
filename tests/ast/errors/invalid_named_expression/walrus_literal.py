# python.gram: invalid_named_expression (cannot use assignment expressions with literal)
(1 := 1)
