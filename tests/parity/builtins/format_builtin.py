# format() of many types and the __format__ default rules.
print(format(42), format(42, "08b"), format(3.14159, ".3"), format("s", "^5"), format(1j, ""), format(True, ""), format(True, "d"))
print(format(None, ""), format([1], ""), format(b"x", ""), format(range(2), ""), format((1, 2), ""))
print(format(10**20, ","), format(-1.5, "e"), format(0.000012345, ".3g"), format(123, "c"))
for args in ((1, 5), ([], "x"), ("s", "x")):
    try:
        format(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
