# python.gram: fstring_conversion followed by format spec with nested fields
f"{x!r:{w}}"
f"{x!r:{w}.{p}}"
