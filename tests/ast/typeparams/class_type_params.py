# python.gram: class_def_raw ([type_params])
class C[T]: pass
class D[T, *Ts, **P](Base[T]): pass
class E[T: int = int](metaclass=M): pass
