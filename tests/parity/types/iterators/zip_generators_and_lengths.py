# zip stops at the shortest input without over-consuming earlier iterators (a known subtlety).
def counted(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i


print(list(zip(counted("a", 3), counted("b", 2))))
it = iter(range(5))
print(list(zip(it, "ab")), next(it))
print(list(zip(range(3), range(10), strict=False)), list(enumerate(zip("xy", "zw"), 1)))
print(dict(enumerate("abc")), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
