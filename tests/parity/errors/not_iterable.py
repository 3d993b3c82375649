# Iterating over objects that are not iterable, in every syntactic place.
import sys
for obj in (1, None, 2.5):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(e)
for f in (lambda: list(5), lambda: [*3], lambda: {**4}, lambda: dict(7),
          lambda: sum(1), lambda: max(2), lambda: sorted(None), lambda: 1 in 2):
    try:
        f()
    except TypeError as e:
        print(e)
a, b = 42
