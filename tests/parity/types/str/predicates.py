# str classification predicates over ASCII, digits of other scripts, and edge cases.
samples = ["abc", "ABC1", "123", "١٢٣", "½", "²", "", " \t\n", "a b", "_x", "x1", "1x",
           "Ⅻ", "é", "\x00", "日本", "\u2028", "def"]
for s in samples:
    print(f"{s!r:12}", s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
