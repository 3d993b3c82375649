# python.gram: invalid_named_expression (with function call)
(f() := 1)
