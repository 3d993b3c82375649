# __len__ and __index__ results are checked: non-int, too large, and int subclasses.
import sys


class L:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class Sub(int):
    pass


print(len(L(Sub(3))), type(len(L(Sub(3)))).__name__, len(L(True)), bool(L(0)))
for v in (sys.maxsize, sys.maxsize + 1, -5, 2.0, None):
    try:
        print(len(L(v)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
