# find, rfind, index, rindex, count, replace, with start/end and negative indices.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -3), s.rfind("a"), s.rfind("a", 0, 5), s.find("z"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("ab"), s.count(""), s.count("a", 3, 8))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""))
print("aaa".replace("aa", "b"), "aaaa".count("aa"), "".find(""), "abc".find("", 5), "abc".find("", 3))
print(s.replace("a", "", -1), "x".replace("x", "yy", 0), s.replace("b", "B", count=1))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.endswith("bra", 0, 11), s.startswith("", 11))
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"))
try:
    s.rindex("z")
except ValueError as e:
    print(e)
s.index("q", 2)
