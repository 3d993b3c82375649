# A metaclass's __prepare__ supplies the class namespace; __new__ and __init__ run in order.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)


class Thing(metaclass=Meta, flag=True):
    a = 1

    def method(self):
        return self.a
    b = 2


print(type(Thing).__name__, Thing().method(), Thing.b)
