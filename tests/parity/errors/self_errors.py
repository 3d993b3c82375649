# Methods called on the wrong kind of object: descriptor type checks.
for f in (lambda: str.upper(1), lambda: list.append((), 1), lambda: dict.keys([]),
          lambda: int.__add__("a", 1), lambda: str.join(1, []), lambda: set.add(frozenset(), 1),
          lambda: object.__init__(), lambda: type.__call__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
float.hex("1.0")
