# while loops with walrus conditions, break in nested try/finally, and else skipped by break.
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
seen = []
while (n := next(data, None)) is not None:
    try:
        if n == 9:
            break
        if n == 1:
            continue
        seen.append(n)
    finally:
        seen.append("f")
else:
    seen.append("else")
print(seen, n)
