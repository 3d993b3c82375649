# python.gram: invalid_while_stmt (expected ':')
while x
    pass
