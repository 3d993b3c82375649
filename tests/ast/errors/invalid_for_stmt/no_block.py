# python.gram: invalid_for_stmt (expected an indented block after 'for' statement on line 2)
for x in y:
pass
