# __init_subclass__ with multiple inheritance follows the MRO through super().
class A:
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


class B:
    def __init_subclass__(cls, flag=False, **kw):
        print("B.__init_subclass__", cls.__name__, flag)
        super().__init_subclass__(**kw)


class C(A, B):
    pass


class D(C, flag=True):
    pass


class E(B, extra=1):
    pass
