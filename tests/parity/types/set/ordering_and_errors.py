# Small int sets iterate in hash order; errors from set operations.
print({5, 3, 1, 4, 2}, {100, 1, 10}, {-1, -2, 0}, set(range(10, 0, -1)))
print(sorted({"pear", "apple", "fig"}), {True, 1, 1.0}, {0, False, 0.0})
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
for f in (lambda: {[1]}, lambda: set().pop(), lambda: {1} | [2], lambda: {1} + {2},
          lambda: frozenset().remove(1), lambda: {1} < 1, lambda: set(1)):
    try:
        f()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print({1, 2} - [1] if False else {1, 2}.difference([1]))
{1} & [1]
