# sys._getframe walks: function names along the stack, module frame globals, and code qualnames.
import sys


class K:
    def method(self):
        return inner()


def inner():
    names = []
    f = sys._getframe()
    while f:
        names.append(f.f_code.co_qualname)
        f = f.f_back
    return names


print(K().method())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals["__name__"])
print((lambda: sys._getframe().f_code.co_name)(), [sys._getframe().f_code.co_name for _ in range(1)])
