# KeyError from dicts, sets and their methods; the repr of the key is shown.
d = {"a": 1}
for f in (lambda: d["b"], lambda: d[1], lambda: d[(1, 2)], lambda: {}.pop("k"),
          lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2), lambda: d[""]):
    try:
        f()
    except KeyError as e:
        print(repr(e), str(e), e.args)
d[None]
