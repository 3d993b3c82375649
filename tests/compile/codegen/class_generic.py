class C[T, *Ts, **P](B[T]):
    def f(self) -> T: pass
