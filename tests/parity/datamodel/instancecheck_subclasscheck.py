# __instancecheck__ and __subclasscheck__ on a metaclass customise isinstance/issubclass.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
issubclass(1, int)
