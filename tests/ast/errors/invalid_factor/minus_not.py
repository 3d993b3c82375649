# python.gram: invalid_factor ('not' after a unary operator)
x = -not b
