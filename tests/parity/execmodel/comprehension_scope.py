# Comprehension variables do not leak (PEP 709 inlining keeps the semantics); walrus does leak.
x = "outer"
result = [x for x in range(3)]
print(x, result)
squares = {n: n * n for n in range(3)}
print("n" in dir())
if any((found := v) > 1 for v in [0, 1, 2, 3]):
    print("found", found)
[(last := y) for y in "abc"]
print(last)


def f():
    data = [1, 2]
    return [[i * j for j in data] for i in data]


print(f())
gen = (z for z in range(2))
print(list(gen), "z" in dir())
try:
    print(y)
except NameError as e:
    print(e)
