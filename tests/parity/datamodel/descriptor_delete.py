# __delete__ on a descriptor, and deleting attributes that are missing.
class D:
    def __get__(self, obj, owner):
        return "got"

    def __delete__(self, obj):
        print("deleting through descriptor")


class C:
    x = D()


c = C()
del c.x
c.y = 1
del c.y
try:
    del c.y
except AttributeError as e:
    print(e)


class ReadOnly:
    def __get__(self, obj, owner):
        return 1

    def __set__(self, obj, v):
        raise AttributeError("read-only")


class E:
    r = ReadOnly()


try:
    del E().r
except AttributeError as e:
    print(e)
