# Creating classes with type(name, bases, dict) and inspecting their attributes.
def hello(self):
    return f"hello from {type(self).__name__}"


Dyn = type("Dyn", (object,), {"greet": hello, "x": 1, "__doc__": "dynamic"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__doc__, d.greet(), Dyn.x)
print(Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), Sub.__mro__[1].__name__)
print(type(type), type(object), object.__bases__, type.__bases__)
Dyn.__name__ = "Renamed"
print(Dyn.__name__, Dyn.__qualname__)
try:
    Dyn.__name__ = 5
except TypeError as e:
    print(e)
type("Bad", (), {}, 1)
