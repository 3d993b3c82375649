# python.gram: invalid_expression (expected 'else' after 'if' expression, in brackets)
f(a if b)
