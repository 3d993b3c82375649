# python.gram: elif_stmt ([else_block])
if a:
    x
elif b:
    y
