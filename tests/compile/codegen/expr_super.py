class C:
    def f(self):
        super().f()
        super().x
        super(C, self).g()
        return super
