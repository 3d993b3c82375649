class C[T, U=int](Base[T], metaclass=M):
    x: T
    def m(self) -> U: return super().m()
