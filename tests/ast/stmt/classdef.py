# python.gram: class_def, class_def_raw
class A:
    pass
class B():
    pass
class C(A, B):
    x = 1
class D(A, metaclass=M, **kw):
    pass
class E(*bases):
    pass
