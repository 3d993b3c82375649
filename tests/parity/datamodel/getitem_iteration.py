# The old sequence protocol: iteration and `in` via __getitem__ until IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


s = Seq()
print(list(s), 20 in s, 25 in s, tuple(s), sorted(s, reverse=True))
it = iter(s)
print(type(it).__name__, next(it), next(it))
a, b, c, d = s
print(a, b, c, d)
print(list(reversed([1, 2, 3])))
try:
    reversed(s)
except TypeError as e:
    print(e)


class NotIter:
    __iter__ = None


try:
    iter(NotIter())
except TypeError as e:
    print(e)
