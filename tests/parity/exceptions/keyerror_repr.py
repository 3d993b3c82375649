# KeyError's str is the repr of its key (unlike other exceptions), with one argument only.
for args in ((), ("k",), (1,), ("",), ((1, 2),), ("a", "b"), (None,), ("it's",), (KeyError("x"),)):
    e = KeyError(*args)
    print(repr(e), "|", str(e), "|", e.args)
try:
    {}["missing key"]
except KeyError as e:
    print(e, e.args[0])
print(str(LookupError("x")), str(IndexError("x")))
raise KeyError("line one\nline two")
