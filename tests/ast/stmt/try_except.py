# python.gram: try_stmt, except_block
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as e:
    pass
