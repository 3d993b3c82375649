# python.gram: invalid_except_star_stmt (expected ':')
try:
    pass
except* E
    pass
