# map with several iterables, map(strict=True), filter(None), reversed sequences, laziness.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, "ab", "cd")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
calls = []
m = map(lambda x: calls.append(x) or x * 2, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
try:
    list(map(lambda a, b: a + b, "ab", "c", strict=True))
except ValueError as e:
    print(e)
r = reversed([1, 2])
print(r.__length_hint__(), type(r).__name__, type(reversed(range(2))).__name__)
for f in (lambda: map(), lambda: filter(None), lambda: reversed({1}), lambda: reversed(iter([1]))):
    try:
        f()
    except TypeError as e:
        print(e)
list(map(int, ["1", "x"]))
