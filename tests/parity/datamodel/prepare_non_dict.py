# __prepare__ returning a non-dict mapping, and returning something that is not a mapping.
class Ns:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        self.data[k] = v

    def __getitem__(self, k):
        return self.data[k]


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Ns()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)


class C(metaclass=Meta):
    x = 1
    y = x + 1


print(C.x, C.y)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


class D(metaclass=BadMeta):
    pass
