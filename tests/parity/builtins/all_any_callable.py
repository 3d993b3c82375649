# all, any, callable, with lazy evaluation and the empty cases.
seen = []


def probe(x):
    seen.append(x)
    return x


print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0, probe(3)]), any(probe(v) for v in [0, 2, 5]), seen)
print(all(""), any("a"), all([[]]), any([[0]]), all(x > 0 for x in range(1, 4)))
print(callable(len), callable(1), callable(lambda: 0), callable(type), callable(print), callable("x".upper))
try:
    all(5)
except TypeError as e:
    print(e)
any()
