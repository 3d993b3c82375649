# strip family, center/ljust/rjust/zfill, expandtabs.
s = "  \t xx yy \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxaxx".strip("x")), repr("abcba".strip("ab")))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".center(1)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("42".zfill(5)), repr("-42".zfill(5)), repr("+4".zfill(4)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\n\ty".expandtabs(3)))
print(repr("\u3000x\u3000".strip()), repr("\x1fx\x1f".strip()), repr("..x..".rstrip(".")))
print(repr("abc".zfill(2)), repr("".zfill(3)), repr("日本".center(6, "・")))
