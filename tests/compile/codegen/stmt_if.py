if a:
    b
elif c:
    d
else:
    e
if not (a and b or c):
    pass
