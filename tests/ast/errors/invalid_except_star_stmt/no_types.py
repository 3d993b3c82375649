# python.gram: invalid_except_star_stmt (expected one or more exception types)
try:
    pass
except*:
    pass
