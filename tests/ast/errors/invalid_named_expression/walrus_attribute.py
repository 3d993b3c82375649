# python.gram: invalid_named_expression (cannot use assignment expressions with attribute)
(a.b := 1)
