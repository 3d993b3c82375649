# python.gram: invalid_starred_expression ('*' alone after an argument)
f(a, *)
