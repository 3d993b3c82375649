# Attribute lookup on a class consults the metaclass's data descriptors first.
class MetaProp(type):
    @property
    def kind(cls):
        return f"metaclass property of {cls.__name__}"


class C(metaclass=MetaProp):
    kind = "class attribute"
    other = "plain"


print(C.kind, C.other, C().kind)
try:
    C().missing
except AttributeError as e:
    print(e)


class M2(type):
    def __getattr__(cls, name):
        return f"M2.__getattr__({name})"


class D(metaclass=M2):
    pass


print(D.anything, hasattr(D(), "anything"))
