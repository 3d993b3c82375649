# python.gram: invalid_except_stmt ('except' expression 'as' NAME NEWLINE)
try:
    pass
except E as e
    pass
