# slice objects: attributes, indices(), repr, equality, hashing, and use in subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b"))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(-3, None).indices(10))
print("abcdefghijk"[s], list(range(10))[slice(None, None, 3)], (0, 1, 2)[slice(-1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))


class Show:
    def __getitem__(self, k):
        return k


x = Show()
print(x[1:2], x[:], x[::3], x[1:2, 3], x[..., 1:], x[:, None])
for f in (lambda: slice(0, 1, 0).indices(5), lambda: s.indices(-1), lambda: slice(1, 2, 3, 4)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.start = 3
