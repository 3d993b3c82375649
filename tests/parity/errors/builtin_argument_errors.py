# Argument errors raised by builtin functions.
tests = [
    lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs(), lambda: int(1, 2, 3),
    lambda: int("1", base="2"), lambda: isinstance(1), lambda: divmod(1), lambda: pow(),
    lambda: getattr(1), lambda: chr("a"), lambda: ord("ab"), lambda: round("x"),
    lambda: sorted([], key=1, reverse=1, cmp=2), lambda: print(sep=1), lambda: "".join([1]),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
list.append()
