# abc: abstract methods prevent instantiation; register() makes virtual subclasses.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"


print(Square(3).area(), Square(1).name(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))


class Virtual:
    pass


Shape.register(Virtual)
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape))


class Half(Shape):
    def area(self):
        return 0


Half()
