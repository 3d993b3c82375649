# python.gram: invalid_except_stmt (cannot use except statement with literal)
try:
    pass
except E as 1:
    pass
