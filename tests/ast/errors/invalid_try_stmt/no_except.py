# python.gram: invalid_try_stmt (expected 'except' or 'finally' block)
try:
    pass
x = 1
