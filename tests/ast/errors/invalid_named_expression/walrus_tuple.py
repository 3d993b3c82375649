# python.gram: invalid_named_expression (cannot use assignment expressions with tuple)
((a, b) := 1)
