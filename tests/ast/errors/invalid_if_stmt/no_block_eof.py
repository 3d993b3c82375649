# python.gram: invalid_if_stmt (no block at end of file)
if x:
