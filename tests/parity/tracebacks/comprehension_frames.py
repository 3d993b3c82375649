# Frames of comprehensions (inlined since 3.12) and generator expressions in a traceback.
def check(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x


print([check(x) for x in range(3)])
try:
    print(sum(check(x) for x in range(5)))
except ValueError:
    import sys
    sys.excepthook(*sys.exc_info())
squares = {x: check(x) for x in range(5)}
