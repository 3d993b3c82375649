# python.gram: invalid_if_stmt (expected an indented block after 'if' statement on line 2)
if x:
pass
