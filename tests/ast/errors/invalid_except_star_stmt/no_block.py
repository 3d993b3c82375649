# python.gram: invalid_except_star_stmt_indent (expected an indented block after 'except*' statement on line 4)
try:
    pass
except* E:
pass
