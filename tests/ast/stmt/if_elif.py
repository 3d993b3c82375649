# python.gram: if_stmt, elif_stmt
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
