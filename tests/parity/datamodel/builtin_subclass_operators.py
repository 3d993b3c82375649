# Subclasses of int, str and list: operators return base types unless overridden.
class MyInt(int):
    pass


class MyStr(str):
    def __add__(self, other):
        return MyStr(str.__add__(self, other) + "!")


class MyList(list):
    pass


a = MyInt(5)
print(type(a + 1).__name__, type(-a).__name__, type(a * a).__name__, repr(a), a == 5, isinstance(a, int))
s = MyStr("x")
print(s + "y", type(s + "y").__name__, type(s * 2).__name__, type(s.upper()).__name__, type(s[0]).__name__)
m = MyList([1, 2])
print(type(m + [3]).__name__, type(m[:1]).__name__, type(m * 2).__name__, m == [1, 2])
m += [3]
print(type(m).__name__, m)


class Reversed(int):
    def __radd__(self, other):
        return "MyInt.__radd__ wins"


print(1 + Reversed(2), Reversed(2) + 1)
