# python.gram: invalid_except_star_stmt (cannot use except* statement with attribute)
try:
    pass
except* E as a.b:
    pass
