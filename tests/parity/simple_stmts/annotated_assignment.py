# Annotated assignments: module __annotations__, class annotations, no value, and lazy evaluation (PEP 649).
x: int = 1
y: "str"
z: list[int] = []
import sys
print("__annotate__" in globals(), "__annotations__" in globals())
print(x, sys.modules[__name__].__annotations__, "__annotations__" in globals(), __annotations__ is not None)


class C:
    a: int
    b: str = "b"
    c: undefined_type = 3


print(C.b, C.c, "a" in vars(C))
try:
    print(C.__annotations__)
except NameError as e:
    print("NameError:", e)


def f():
    local: int = 5
    unused: NotDefinedAnywhere
    return local


print(f(), f.__annotations__)
print(y)
