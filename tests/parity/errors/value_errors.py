# ValueError texts from conversions and methods.
for f in (lambda: int("1.5"), lambda: int(""), lambda: int("12", 2), lambda: float("x"),
          lambda: complex("1+"), lambda: [1].index(2), lambda: "abc".index("d"),
          lambda: (1,).index(3), lambda: [].remove(1), lambda: "a,b".split(""),
          lambda: chr(-1), lambda: range(1, 2, 0), lambda: "x".center(3, "ab"),
          lambda: bytes([256]), lambda: int("z", 37), lambda: "{0}{}".format(1, 2)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
int("forty-two")
