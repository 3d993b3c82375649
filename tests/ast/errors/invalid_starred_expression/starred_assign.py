# python.gram: invalid_starred_expression_unpacking (cannot assign to iterable argument unpacking)
f(*a=1)
