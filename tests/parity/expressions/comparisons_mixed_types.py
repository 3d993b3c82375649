# == and != between unrelated types fall back to identity; ordering raises TypeError.
pairs = [(1, "1"), ([], ()), (None, 0), ({}, []), (1.0, 1), (b"a", "a"), (frozenset(), set()), (range(0), [])]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
print([1, 2] == (1, 2), [1, 2] == [1.0, 2.0], {1: 2} == {1.0: 2.0}, "a" == "a"[:], 0 == 0.0 == 0j == False)
for a, b in ((1, None), ("a", ["a"]), ({}, {})):
    try:
        a <= b
    except TypeError as e:
        print(e)
