# Tuples as records: comparison ordering, tuple(), count/index with start/stop, and hashing nested.
records = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(records), max(records), min(records, key=lambda r: r[1]))
t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(1, 1), t.index(1, 3, 5), t[1:-1], t * 0, (t + ()) is t if False else t + () == t)
print(tuple(reversed(t)), tuple(x for x in t if x > 1), tuple({1: 2}), tuple("ab") + tuple(range(2)))
print(hash(((1, 2), (3, (4,)))) == hash(((1, 2), (3, (4,)))), (1, 2) == [1, 2], (1, 2) != (1, 2.0))
t.index(9)
