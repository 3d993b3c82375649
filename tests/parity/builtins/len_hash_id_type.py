# len, hash, id and type: __len__ results checked, hash of unhashables, type with one argument.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(L(5)), len("abc"), len([1]), len({}), len(range(10)), len(b"xy"))
print(id(1) == id(1), id([]) != 0, type(1), type("x") is str, type(type), type(L(0)).__name__)
for n in (-1, 2**63, 1.5, "3"):
    try:
        len(L(n))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for obj in ([], {}, set()):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
len(5)
