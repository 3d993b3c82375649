# python.gram: if_stmt, block, else_block
if a:
    pass
if b:
    x
else:
    y
