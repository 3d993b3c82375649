type A = int
type B[T] = list[T]
class C:
    type D = C
    type E[U] = dict[U, C]
