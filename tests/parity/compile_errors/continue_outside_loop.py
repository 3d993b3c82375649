# continue with no enclosing loop.
x = 3
if x > 2:
    continue
print(x)
