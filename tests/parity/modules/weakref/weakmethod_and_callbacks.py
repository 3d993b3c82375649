# weakref.WeakMethod, callback order, and ref equality after death.
import weakref


class C:
    def m(self):
        return "method result"


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), type(wm).__name__)
r1 = weakref.ref(c, lambda r: print("callback 1"))
r2 = weakref.ref(c, lambda r: print("callback 2"))
print(r1 is not r2, r1 == r2)
del c
print(wm(), r1(), r1 == r2, r1 is r1)
