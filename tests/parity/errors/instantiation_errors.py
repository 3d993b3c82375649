# Classes that cannot be instantiated or subclassed as asked.
for f in (lambda: type(None)(1), lambda: type(len)(), lambda: bool.__new__(bool, 1, 2),
          lambda: type("X", (bool,), {}), lambda: type("Y", (1,), {}), lambda: type(1, 2),
          lambda: object(1), lambda: int.__new__(str)):
    try:
        print(f())
    except TypeError as e:
        print(e)


class A:
    def __init__(self):
        return 1


A()
