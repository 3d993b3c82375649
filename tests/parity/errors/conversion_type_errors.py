# int(), float(), complex(), str() and friends given the wrong types.
for f in (lambda: int([]), lambda: int(None), lambda: float([]), lambda: float(None),
          lambda: complex([]), lambda: complex("1", "2"), lambda: bool(1, 2), lambda: bytes("x"),
          lambda: bytes(1.5), lambda: bytearray("a"), lambda: list(1), lambda: tuple(2),
          lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set(3), lambda: str(b"", 1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
int(object())
