class C:
    def f(self):
        self.z = 1
        self.a = 2
        self.z = 3
    def g(other):
        other.q = 1
