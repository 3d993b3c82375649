# python.gram: invalid_starred_expression (Invalid star expression)
f(*)
