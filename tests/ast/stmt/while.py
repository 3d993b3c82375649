# python.gram: while_stmt
while x:
    pass
while x:
    pass
else:
    done()
while (y := f()):
    pass
