# Sequence concatenation and repetition across str, bytes, list, tuple, and mixed-type errors.
print("a" + "b", b"a" + b"b", [1] + [2], (1,) + (2,), "ab" * 3, [0] * 3, (1, 2) * 2, b"-" * 4)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__)
print("x" * True, [1] * False, 3 * "ab", -1 * "ab" == "")
for f in (lambda: "a" + b"b", lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" * 1.0, lambda: [1] * [2]):
    try:
        f()
    except TypeError as e:
        print(e)
"a" - "b"
