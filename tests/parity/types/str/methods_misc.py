# More str methods: format_map, isidentifier of keywords, ljust with wide fill, partition on many, count overlapping.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{a} and {b}".format_map(Default(a=1)), "{0}".format_map({}) if False else "skip")
print("class".isidentifier(), "_".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "ℕ".isidentifier())
print("aaaa".count("aa"), "a".join("bcd"), "x".join([]), "abc".join(["1", "2"]))
print("Hello World".swapcase(), "hello".ljust(8, "é"), "hello".rjust(3), "tEST".capitalize())
print("a1b2".translate(str.maketrans("", "", "0123456789")), "abc".center(0), "abc"[::-1].upper())
print("x\ty".expandtabs(0), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "٣".isdecimal(), int("٣"))
print("  ".join("ab").split(), "a b".split(maxsplit=0), "a b c".rsplit(maxsplit=1), "abc".split("b", maxsplit=-1))
print(str.__len__("abc"), "%s" % "%s", "{}".format("{}"), "{{}}".format())
