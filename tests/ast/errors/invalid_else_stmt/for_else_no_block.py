# python.gram: invalid_else_stmt after for
for x in y:
    pass
else:
x
