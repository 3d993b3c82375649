# TypeErrors from broken iterator protocols: __iter__ returning non-iterators, __next__ missing.
class IterReturnsList:
    def __iter__(self):
        return [1, 2]


class NoNext:
    def __iter__(self):
        return self


class NextNotCallable:
    __next__ = 5

    def __iter__(self):
        return self


for obj in (IterReturnsList(), NoNext(), NextNotCallable()):
    try:
        for _ in obj:
            break
    except TypeError as e:
        print(type(obj).__name__, e)
try:
    next(IterReturnsList())
except TypeError as e:
    print(e)
next([1])
