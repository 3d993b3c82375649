# __slots__ in a subclass of a class with __dict__, slot defaults via class attributes, and __slots__ dict.
class A:
    pass


class B(A):
    __slots__ = ("x",)


b = B()
b.x = 1
b.y = 2
print(b.x, b.y, hasattr(b, "__dict__"))


class WithDoc:
    __slots__ = {"a": "docstring for a", "b": "docstring for b"}


print(WithDoc.a.__doc__, type(WithDoc.__slots__).__name__)


class Empty:
    __slots__ = ()


try:
    Empty().z = 1
except AttributeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
try:
    class NotIdent:
        __slots__ = ("not valid",)
except TypeError as e:
    print(e)
class IntSlots(int):
    __slots__ = ("extra",)
