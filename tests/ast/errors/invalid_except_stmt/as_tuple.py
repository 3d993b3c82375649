# python.gram: invalid_except_stmt (cannot use except statement with tuple)
try:
    pass
except E as (a, b):
    pass
