# python.gram: invalid_for_stmt (expected ':')
for x in y
    pass
