# property: getter, setter, deleter, docstring, read-only errors, and inheritance of accessors.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleted")

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset, Temp.celsius.__name__)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
p = property(lambda self: 1)
print(p.__get__(None, Temp) is p, p.__get__(t))
t.fahrenheit = 5
