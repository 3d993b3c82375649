# __set_name__ is called with the owner and attribute name when the class is created.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Model:
    title = Field()
    count = Field()


m = Model()
print(m.title)
m.title = "hello"
print(m.title, m._title, type(Model.title).__name__)
f = Field()
Model.late = f
print(hasattr(f, "name"))


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name}")


class Owner:
    attr = Bad()
