class C(A, B, metaclass=M, x=1):
    x = 1
    def f(self):
        self.a = 1
        self.b.c = 2
