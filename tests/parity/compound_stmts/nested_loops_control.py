# break and continue in nested loops affect only the innermost loop; else clauses per loop.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == 0:
            continue
        print("pair", i, j)
    else:
        print("inner else never")
else:
    print("outer else runs")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found, "row", row)
