# python.gram: invalid_else_stmt (expected an indented block after 'else' statement on line 4)
if x:
    pass
else:
pass
