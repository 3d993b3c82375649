# python.gram: invalid_try_stmt (expected 'except' or 'finally' block at end of file)
try:
    pass
