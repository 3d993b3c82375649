# python.gram: invalid_with_stmt (expected ':')
with a as b
    pass
