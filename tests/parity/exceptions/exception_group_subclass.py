# Subclassing ExceptionGroup: derive() decides the class of split results.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


g = MyGroup("mine", [ValueError(1), TypeError(2)], code=7)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
g.add_note("note")
m2, _ = g.split(TypeError)
print(m2.__notes__, m2.__cause__, m2.__context__)


class NoDerive(ExceptionGroup):
    pass


m3, _ = NoDerive("x", [ValueError()]).split(ValueError)
print(type(m3).__name__)
raise g
