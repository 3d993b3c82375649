# Re-raising an exception that is already in the context chain does not create a cycle.
def f():
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError:
            raise a


try:
    f()
except ValueError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__) if c else None)
    depth = 0
    x = e
    while x is not None and depth < 10:
        x = x.__context__
        depth += 1
    print("chain length", depth)
f()
