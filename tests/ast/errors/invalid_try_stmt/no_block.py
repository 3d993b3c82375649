# python.gram: invalid_try_stmt (expected an indented block after 'try' statement on line 2)
try:
pass
