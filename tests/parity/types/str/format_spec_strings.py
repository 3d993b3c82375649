# Format spec mini-language for strings: fill, align, width, precision.
s = "text"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:.2}] [{s:>8.3}] [{s:_<6}]")
print(f"[{'':3}] [{'日本':>6}] [{s!r:>8}] [{s:{'='}>{7}}]")
print(format("abc", ""), format("abc", "5"), format("é", "^3"))
for spec in ("=10", "+", " ", "010", ",", "#"):
    try:
        format(s, spec)
    except ValueError as e:
        print(repr(spec), e)
