# None, NotImplemented and Ellipsis: types, reprs, identity, truthiness rules.
print(None, repr(None), type(None).__name__, type(None)() is None, None is None, bool(None))
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, type(...)() is ..., bool(...))
print(None == 0, None == False, not None, [None] * 2, {None: 1}[None])
print(hash(None) == hash(None), str(None), f"{None}", format(None), None.__class__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__bool__())
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    bool(NotImplemented)
except TypeError as e:
    print(e)
type(None)(1)
