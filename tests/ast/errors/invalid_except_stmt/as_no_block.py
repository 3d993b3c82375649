# python.gram: invalid_except_stmt_indent ('except' expression 'as' NAME ':' NEWLINE !INDENT)
try:
    pass
except E as e:
pass
