# python.gram: invalid_else_stmt ('elif' block follows an 'else' block)
if x:
    pass
else:
    pass
elif y:
    pass
