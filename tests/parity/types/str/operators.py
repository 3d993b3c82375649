# str operators: +, *, %, in, comparisons by code point, and errors.
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "a" in "abc", "" in "abc", "ac" in "abc")
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "Z" < "a", "10" < "9")
print("abc" == "abc", "abc" is not None, max("apple", "pear"), sorted(["b", "A", "a", "B"]))
print(ord("a"), chr(97), ord("€"), chr(0x1F600), ord("\U0010FFFF"))
s = "x"
s += "y"
s *= 2
print(s, len(s))
"a" * "b"
