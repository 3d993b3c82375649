# python.gram: invalid_elif_stmt (expected ':')
if x:
    pass
elif y
    pass
