# A trailing comment and surrounding spaces on the failing line: carets still align.
def f(xs):
    total = 0
    for x in xs:
        total += 100 // x   # integer division
    return total


print(f([1, 2]))
print(f([1, 0]))
