class C:
    def f(self, *, __a=1):
        return __a
