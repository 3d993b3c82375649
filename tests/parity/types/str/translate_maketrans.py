# str.maketrans with dicts, two strings, deletion, and translate with None and errors.
t = str.maketrans("abc", "xyz")
print(t, "aabbcc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print(t3, "abcd".translate(t3))
print("hello".translate({ord("l"): "L"}), "x".translate({}))
for bad in ({"ab": 1}, ):
    try:
        str.maketrans(bad)
    except ValueError as e:
        print(e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
"abc".translate({ord("a"): 1.5})
