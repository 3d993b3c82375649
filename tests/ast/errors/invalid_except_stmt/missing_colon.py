# python.gram: invalid_except_stmt (expected ':')
try:
    pass
except E
    pass
