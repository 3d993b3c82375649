# __slots__ with __weakref__, slot strings, and multiple-inheritance layout conflicts.
import weakref


class NoWeak:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


w = WithWeak()
r = weakref.ref(w)
print(r() is w)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)


class S:
    __slots__ = "single"


s = S()
s.single = 1
print(s.single, S.__slots__)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


class AB(A, B):
    pass
