# python.gram: fstring_conversion
f"{x!r} {x!s} {x!a}"
f"{x!r:>10}"
