# __del__ runs when the last reference goes away (reference counting), and at exit.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Res("a")
b = a
del a
print("a deleted, b still holds it")
del b
print("after del b")


def scope():
    r = Res("local")
    print("leaving scope")


scope()
lst = [Res("in list")]
lst.clear()
keep = Res("global at exit")
print("end of program")
