# python.gram: invalid_with_stmt ('(' ... ')' NEWLINE: expected ':')
with (a as b, c)
    pass
