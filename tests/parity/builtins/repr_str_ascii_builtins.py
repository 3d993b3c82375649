# repr, str and ascii of builtin values, including nested containers and special floats.
vals = [0, -1, 1.0, 1e100, float("nan"), 1j, "s", "é", b"b", bytearray(b"x"), [1, [2]], (1,), (), {1: "a"},
        {1, 2}, frozenset(), set(), range(3), slice(1), None, True, ..., NotImplemented, int, len, type]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
