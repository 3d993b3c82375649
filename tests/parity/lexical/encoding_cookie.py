# -*- coding: latin-1 -*-
# A PEP 263 coding declaration: the source is Latin-1, the string is correct.
s = "café"
print(s, len(s), s.encode("utf-8"))
