# In-place operators on attributes: __getattribute__, __iadd__ and __setattr__ call order.
class Box:
    def __init__(self):
        object.__setattr__(self, "items", [])

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)


b = Box()
b.items += [1]
print(b.items)
