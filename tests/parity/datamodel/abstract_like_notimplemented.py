# NotImplementedError in base methods (an abstract pattern without abc), and NotImplemented misuse.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r ** 2


class Blob(Shape):
    pass


print(Circle(2).area(), issubclass(NotImplementedError, RuntimeError))
try:
    raise NotImplemented
except TypeError as e:
    print(e)
Blob().area()
