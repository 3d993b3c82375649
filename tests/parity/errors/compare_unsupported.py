# Ordering comparisons between unrelated types.
pairs = [(1, "a"), ("a", 1), ([], ()), (None, None), (1j, 1j), ({}, {}), (b"", "")]
for a, b in pairs:
    try:
        a < b
    except TypeError as e:
        print(e)
for a, b in [(1, "a"), (None, 0)]:
    print(a == b, a != b)
print(sorted([3, 1, 2]))
sorted([3, "1", 2])
