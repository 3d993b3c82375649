# str repr: quote choice, escapes of control, non-printable and non-ASCII characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "\r", "\x00", "\x1b[0m",
          "\x7f", "\x80", "\xa0", "\xad", "é", "\u200b", "\u2028", "\ud800", "\U0001F600", "\U000E0001",
          "back\\slash", "\U0010FFFF"]:
    print(repr(s), ascii(s))
print(str("x"), str(), str(b"ab"), str(b"ab", "ascii"), str(bytearray(b"z"), errors="strict"))
