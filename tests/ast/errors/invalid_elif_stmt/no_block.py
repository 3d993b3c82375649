# python.gram: invalid_elif_stmt (expected an indented block after 'elif' statement on line 4)
if x:
    pass
elif y:
pass
