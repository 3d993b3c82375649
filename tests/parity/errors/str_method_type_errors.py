# str methods given wrong argument types.
for f in (lambda: "a".join(1), lambda: "a".split(1), lambda: "a".replace(1, 2),
          lambda: "a".startswith(1), lambda: "a".endswith([]), lambda: "a".find(1),
          lambda: "a".count(None), lambda: "a".strip(1), lambda: "a".center("x"),
          lambda: "a".zfill("2"), lambda: "a" in 1, lambda: 1 in "a", lambda: "a".encode(1),
          lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
"abc".index(None)
