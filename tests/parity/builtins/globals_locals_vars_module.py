# globals() is the module dict; writes through it are visible; vars(module) is the same dict.
import sys
g = globals()
g["injected"] = 42
print(injected, g is vars(sys.modules[__name__]), g is sys.modules[__name__].__dict__)


def f():
    x = 1
    l1 = locals()
    x = 2
    l2 = locals()
    return l1, l2, l1 is l2


print(f())
print(sorted(k for k in vars() if not k.startswith("_")))
