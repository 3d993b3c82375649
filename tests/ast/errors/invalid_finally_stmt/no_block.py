# python.gram: invalid_finally_stmt (expected an indented block after 'finally' statement on line 4)
try:
    pass
finally:
pass
