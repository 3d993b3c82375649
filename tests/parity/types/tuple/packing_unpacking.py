# Tuple packing and unpacking: starred targets, nested targets, swaps, and return values.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
(p, q), r = (1, 2), 3
[s, (t, *u)] = ["s", ("t", "u1", "u2")]
print(p, q, r, s, t, u)
x, *y = [1]
print(x, y)


def pair():
    return 1, 2


print(pair(), type(pair()).__name__)
print(*[1, 2], *"ab", sep="|")
print((*range(2), *[3]), [*"xy", 0], {*(1, 2), 3})
*z, = (1, 2)
print(z)
