# __setattr__ and __delattr__ intercept assignment and deletion, including in __init__.
class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


x = Logged()
x.b = 5
setattr(x, "c", "s")
print(vars(x))
del x.a
delattr(x, "b")
print(vars(x))
del x.zzz
