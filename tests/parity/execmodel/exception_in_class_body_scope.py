# Names defined before an exception in a class body are lost; the class is not bound.
try:
    class Half:
        a = 1
        raise ValueError("class body failed")
        b = 2
except ValueError as e:
    print(e)
print("Half" in globals())


def f():
    class Local:
        pass
    return Local


print(f().__qualname__, f() is f())
