# python.gram: type_alias with type_params
type A[T] = list[T]
type B[T: int, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type C[T = int] = T
type D = lambda: 0
