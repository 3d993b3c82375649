# python.gram: try_stmt (except_block+ [else_block] [finally_block])
try:
    a
except E:
    b
else:
    c
finally:
    d
