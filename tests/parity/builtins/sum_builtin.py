# sum(): start values, floats (compensated summation), and the rejection of strings.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1.5, 2]), sum([1j, 2]), sum([True, True]), sum(x for x in range(4)))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.0]), type(sum([1, 2.0])).__name__, sum([], start=0.0))
for f in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray()], bytearray()),
          lambda: sum(["a"]), lambda: sum(1), lambda: sum([[1]])):
    try:
        f()
    except TypeError as e:
        print(e)
