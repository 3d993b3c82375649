# enumerate with start, zip of unequal lengths, zip(strict=True) errors, and unzipping.
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", "cd", strict=True)))
for args in (([1, 2, 3], "ab"), ("ab", [1, 2, 3]), ("a", "b", "cd")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), type(e).__name__)
z = zip("ab", "cd")
print(iter(z) is z, type(z).__name__)
enumerate(5)
