# Errors from dict operations, with CPython's exact texts.
d = {"a": 1}
for f in (lambda: d[["list"]], lambda: d.update(5), lambda: dict(a=1, **{"a": 2}),
          lambda: dict([["a", 1, 2]]), lambda: {}.popitem(), lambda: d.fromkeys(1),
          lambda: dict(1), lambda: {**[1]}, lambda: d | 1):
    try:
        f()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)


def f(**kw):
    return kw


try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**d, a=2)
except TypeError as e:
    print(e)
d[{}] = 1
