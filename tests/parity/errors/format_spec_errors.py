# Invalid format specifications for the builtin types.
for value, spec in ((1, "z"), (1.5, "d"), ("s", "d"), (1, ".2s"), ("s", "+"),
                    (1, ",_"), (1j, "="), (1, "=s"), ([], "x"), (None, "5"), (1.5, "n5")):
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), "->", type(e).__name__, e)
print(f"{12:#^9,}")
print(f"{3.5:q}")
