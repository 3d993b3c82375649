# python.gram: invalid_expression (expected expression after 'else', but statement is given)
x = a if b else pass
