# NotImplemented: fallback to the reflected method, subclass priority, and the final TypeError.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"


class SubA(A):
    def __radd__(self, o):
        print("SubA.__radd__")
        return "SubA handled"


print(A() + B())
print(A() + SubA())
try:
    A() + A()
except TypeError as e:
    print(e)


class Same:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        print("never called for the same type")


try:
    Same() + Same()
except TypeError as e:
    print(e)
A() + 1
