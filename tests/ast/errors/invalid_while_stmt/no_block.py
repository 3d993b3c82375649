# python.gram: invalid_while_stmt (expected an indented block after 'while' statement on line 2)
while x:
pass
