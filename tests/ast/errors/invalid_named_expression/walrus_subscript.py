# python.gram: invalid_named_expression (cannot use assignment expressions with subscript)
(a[0] := 1)
