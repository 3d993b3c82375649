# range: len, indexing, slicing into ranges, containment, equality, reversed, errors.
r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], 9 in r, 10 in r, r.index(9), r.count(6))
print(range(5) == range(0, 5, 1), range(0) == range(4, 2), range(1, 2) == range(1, 3, 5), list(range(5, 0, -2)))
print(range(10)[-100:100], range(3)[5:], len(range(-5)), list(reversed(range(3))), range(2**100)[2**99])
print(len(range(0, 2**63)) if False else range(2**64).start, bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, hash(range(3)) == hash(range(0, 3)), range(1, 5).index(4))
for f in (lambda: range(1.5), lambda: range(0, 5, 0), lambda: r[100], lambda: r.index(10),
          lambda: len(range(2**64)), lambda: range(1, 2, 3, 4)):
    try:
        f()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
range("3")
