# Class statement: bases, keywords, docstrings, nested classes, and class body execution order.
print("before class")


class Base:
    print("executing Base body")
    kind = "base"


class Derived(Base, metaclass=type):
    """Derived doc."""
    print("executing Derived body, kind =", Base.kind)

    class Nested:
        level = 2

    def method(self):
        return self.kind


print(Derived.__doc__, Derived().method(), Derived.Nested.level, Derived.__bases__)
print(Derived.__qualname__, Derived.Nested.__qualname__, Derived.method.__qualname__)
bases = (Base,)


class FromTuple(*bases):
    pass


print(FromTuple.__mro__)


class Bad(1):
    pass
