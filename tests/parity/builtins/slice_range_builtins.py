# slice() and range() as builtins: argument forms, keyword rejection, and their reprs.
print(slice(3), slice(1, 3), slice(1, 3, None), slice(None, None, -1), range(3), range(1, 3), range(1, 3, 1))
print(slice(1, 2).indices(10), range(*slice(1, 8, 3).indices(5)), list(range(10))[slice(-2, None)])
for f in (lambda: slice(), lambda: range(), lambda: range(start=1), lambda: slice(1, stop=2)):
    try:
        f()
    except TypeError as e:
        print(e)
