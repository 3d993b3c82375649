# classmethod and staticmethod: binding, call through instance and class, wrapped functions.
class Base:
    count = 0

    @classmethod
    def create(cls, *args):
        return (cls.__name__, args)

    @staticmethod
    def helper(x):
        return x * 2


class Child(Base):
    pass


print(Base.create(1), Child.create(), Child().create(2), Base.helper(3), Child().helper(4))
cm = Base.__dict__["create"]
sm = Base.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(sm(5), callable(cm), Base.create.__self__ is Base, Child.create.__self__ is Child)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__, sm.__name__)
print(staticmethod(len)([1, 2]), classmethod(lambda c: c).__get__(None, int)())
try:
    cm(1)
except TypeError as e:
    print(e)
