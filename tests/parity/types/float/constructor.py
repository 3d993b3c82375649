# float() parsing: spellings of inf/nan, underscores, whitespace, and errors.
for s in ("1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "+NaN", "1_000.5", ".5", "5.", "1e1_0", "١.٥"):
    print(repr(s), float(s))
for s in ("", "1..5", "1_", "e5", "0x10", "infinit", "1e", "- 1"):
    try:
        float(s)
    except ValueError as e:
        print(e)
print(float(10), float(True), float(2**100), float(b"3.25"))


class F:
    def __float__(self):
        return 1.25


print(float(F()))
float("one")
