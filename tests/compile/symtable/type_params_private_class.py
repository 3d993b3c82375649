class C[__T]:
    def m(self, x: __T) -> __T:
        __y = 1
        return __y
