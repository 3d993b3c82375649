class Outer:
    x = 1
    def f[T: x](self, a: T) -> T: return a
    class Inner[U: x]: pass
