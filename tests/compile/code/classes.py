class A:
    pass

class B(A):
    x = 1
    def method(self):
        return self.x

class C(A, metaclass=Meta):
    "doc"
    def __init__(self, v):
        super().__init__()
        self.v = v

    @property
    def prop(self):
        return self.v

    @staticmethod
    def st():
        return __class__

    @classmethod
    def cm(cls):
        return cls

class D:
    def f(self):
        return super().f()
    def g(self):
        return super(D, self).g()

class E:
    x = 1
    y = [x for _ in range(3)]
    def h(self):
        return x

class F:
    def __init_subclass__(cls, **kw):
        pass

class G[T]:
    def m(self, x: T) -> T:
        return x

def outer():
    class Inner:
        nonlocal_ish = outer
        def m(self):
            return Inner
    return Inner
