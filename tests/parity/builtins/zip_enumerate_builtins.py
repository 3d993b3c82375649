# zip and enumerate as builtins: keyword use, strict, and arguments errors.
print(list(zip(range(3), "abc", [True, False, None])), list(enumerate("xy", start=-1)))
print(dict(zip("ab", range(2))), list(zip(*zip("ab", "cd"))))
for f in (lambda: zip(1), lambda: enumerate(), lambda: enumerate("a", "b"), lambda: list(zip("a", "bc", strict=1)),
          lambda: enumerate("x", start=1.5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
