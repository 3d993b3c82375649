for i in x:
    pass
for a, b in y:
    break
else:
    c
for i in x:
    for j in y:
        continue
