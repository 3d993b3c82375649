# python.gram: invalid_except_stmt (cannot use except statement with subscript)
try:
    pass
except E as a[0]:
    pass
