# Special attributes of classes and instances: __dict__, __class__, __module__, __qualname__.
class Outer:
    """Outer doc."""

    class Inner:
        pass

    def method(self):
        pass


o = Outer()
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.method.__qualname__)
print(Outer.__doc__, Outer.__module__, o.__class__ is Outer, type(o.__dict__).__name__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print(type(Outer.__dict__).__name__, "__weakref__" in Outer.__dict__)
o.__class__ = Outer.Inner
print(type(o).__name__)
try:
    o.__class__ = int
except TypeError as e:
    print(e)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print(e)
print(Outer.__bases__, Outer.__base__, Outer.__subclasses__())
