# dict and set methods given wrong arguments.
d = {"a": 1}
for f in (lambda: d.get(), lambda: d.update(1), lambda: d.update([1]), lambda: d.setdefault(),
          lambda: d.pop(), lambda: dict.fromkeys(), lambda: d.keys(1), lambda: d | [],
          lambda: set().add(), lambda: {1}.update(2), lambda: set().union(1),
          lambda: {1} < [1], lambda: frozenset().add(1)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
d.items()[0]
