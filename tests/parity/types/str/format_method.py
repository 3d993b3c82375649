# str.format: positional, keyword, indexing, attributes, conversions, nested specs, escaping.
class P:
    x = 3


print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="n"))
print("{0[1]} {0[k]} {1.x}".format({1: "one", "k": "kay"}, P()), "{0[0]}".format([9]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>{w}}|".format("r", w=5), "{:{}{}}".format(3.14159, ".", "2f"))
print("{{literal}} {}".format(1), "{0:{1}}".format("x", "^5"), "{:%}".format(0.25))
print(format_map := "{a}-{b}".format_map({"a": 1, "b": 2}))
for bad in ("{", "}", "{0", "{:{:{}}}", "{0!x}", "{a.}", "{0[}"):
    try:
        bad.format(1, 2, 3)
    except (ValueError, KeyError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
for bad, args in (("{}", ()), ("{1}", (1,)), ("{x}", ())):
    try:
        bad.format(*args)
    except (IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
"{0.missing}".format(1)
