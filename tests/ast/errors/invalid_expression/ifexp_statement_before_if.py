# python.gram: invalid_expression (expected expression before 'if', but statement is given)
pass if a else b
