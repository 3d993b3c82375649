# python.gram: invalid_except_stmt_indent ('except' ':' NEWLINE !INDENT)
try:
    pass
except:
pass
