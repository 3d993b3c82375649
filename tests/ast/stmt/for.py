# python.gram: for_stmt
for x in y:
    pass
for a, b in c:
    pass
for *a, b in c:
    pass
for x in 1, 2, *y:
    pass
for i in range(3):
    pass
else:
    pass
for x.a, y[0] in z:
    pass
