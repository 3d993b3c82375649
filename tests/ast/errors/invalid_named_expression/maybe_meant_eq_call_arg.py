# python.gram: invalid_named_expression inside a list
[x = 1]
