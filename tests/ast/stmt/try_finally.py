# python.gram: try_stmt, finally_block
try:
    pass
finally:
    pass
