class C[T](B, metaclass=M, **kw):
    pass
