# BaseException __reduce__, __setstate__, and args for exceptions with custom __init__.
class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b


e = WithInit(1, b=5)
print(e.args, e.b, e.__reduce__()[0].__name__, e.__reduce__()[1], e.__dict__)
e2 = ValueError("x")
e2.extra = 1
print(e2.__reduce__())
s = OSError(2, "msg", "f.txt")
print(s.__reduce__()[1], s.args)
e3 = KeyError("k")
e3.__setstate__({"note": "state"})
print(e3.note)
