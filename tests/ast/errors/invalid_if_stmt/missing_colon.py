# python.gram: invalid_if_stmt (expected ':')
if x
    pass
