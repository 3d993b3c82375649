# Module objects: attributes, __dict__, creating one with type(sys), and __getattr__ on modules.
import sys
import math
print(type(math).__name__, math.__name__, math.__spec__.name, "pi" in math.__dict__, math.__package__)
print(__name__, __spec__, __package__, __loader__ is not None, __doc__)
M = type(sys)
m = M("made", "doc text")
print(m.__name__, m.__doc__, m.__dict__["__name__"], repr(m))
m.x = 1
print(m.x, vars(m)["x"], dir(m))


def module_getattr(name):
    return f"dynamic {name}"


m.__getattr__ = module_getattr
print(m.anything)
del m.__getattr__
try:
    m.missing
except AttributeError as e:
    print(e)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
M()
