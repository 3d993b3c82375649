# python.gram: starred_expression
f(*a or b)
f(*[1, 2], *(3,))
