# Chained comparisons call each operator once, left to right, and short-circuit.
class T:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n


def make(n):
    print("make", n)
    return T(n)


print(make(1) < make(2) < make(3))
print(make(3) < make(1) < make(2))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < x != 5)
