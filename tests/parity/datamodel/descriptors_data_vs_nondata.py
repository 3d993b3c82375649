# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, owner):
        return "data descriptor" if obj is not None else "class access"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"


class C:
    d = Data()
    n = NonData()


c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, C.d, C.n)
c.d = 5
print(c.__dict__["d"])
del c.__dict__["n"]
print(c.n)
