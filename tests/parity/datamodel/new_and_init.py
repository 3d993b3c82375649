# __new__ creates, __init__ initialises; __init__ is skipped when __new__ returns another type.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("__new__", args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(Other())


class NewArgs:
    def __init__(self):
        pass


NewArgs(1)
