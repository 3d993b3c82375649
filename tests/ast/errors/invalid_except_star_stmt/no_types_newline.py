# python.gram: invalid_except_star_stmt ('except' '*' NEWLINE)
try:
    pass
except*
    pass
