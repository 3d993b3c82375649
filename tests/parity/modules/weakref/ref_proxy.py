# weakref.ref and weakref.proxy: dereferencing, callbacks, dead references, and proxy errors.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return f"hello {self.name}"


o = Obj("x")
r = weakref.ref(o, lambda ref: print("callback, dead:", ref() is None))
p = weakref.proxy(o)
print(r() is o, p.name, p.hello(), weakref.getweakrefcount(o), type(r).__name__, type(p).__name__)
print(r == weakref.ref(o), hash(r) == hash(o))
del o
print(r(), weakref.getweakrefcount(r))
try:
    p.name
except ReferenceError as e:
    print(e)
for target in (1, "s", [1], (1,), None):
    try:
        weakref.ref(target)
    except TypeError as e:
        print(e)
