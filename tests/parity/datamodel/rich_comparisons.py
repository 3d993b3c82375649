# Rich comparison dunders, reflection (< becomes >), and == falling back to identity.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __lt__(self, o): print(f"{self}.__lt__({o})"); return self.v < o.v
    def __gt__(self, o): print(f"{self}.__gt__({o})"); return self.v > o.v
    def __le__(self, o): return NotImplemented
    def __ge__(self, o): print(f"{self}.__ge__({o})"); return self.v >= o.v


a, b = V(1), V(2)
print(a < b)
print(a > b)
print(a <= b)
print(sorted([V(3), V(1), V(2)]))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)


class NeverEqual:
    def __eq__(self, o): return False


n = NeverEqual()
print(n == n, n != n, n in [n], [n] == [n])
try:
    p < q
except TypeError as e:
    print(e)
