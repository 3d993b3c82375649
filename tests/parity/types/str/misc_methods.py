# str odds and ends: len of unicode, iteration, in, hash equality, str() of types, sizes.
s = "héllo wörld"
print(len(s), list(s)[:3], s.count("l"), s.index("w"), s[::-1], "".join(reversed(s)))
print(sorted("banana"), set("aab") == {"a", "b"}, min("hello"), max("hello"))
print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print("abc".__len__(), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2), "b".__contains__(""))
print("x".__class__.__name__, type("") is str, isinstance("x", str))
print(str.__doc__.splitlines()[0])
