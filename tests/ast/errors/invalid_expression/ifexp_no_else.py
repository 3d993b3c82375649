# python.gram: invalid_expression (expected 'else' after 'if' expression)
x = a if b
