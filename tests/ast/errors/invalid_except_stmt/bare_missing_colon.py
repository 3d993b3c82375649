# python.gram: invalid_except_stmt ('except' NEWLINE: expected ':')
try:
    pass
except
    pass
