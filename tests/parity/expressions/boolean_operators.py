# and/or return operands, short-circuit, and not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or 0, None and 1, [] and {}, "a" or "b")
print(not 1, not 0, not "", not [0], not None, type(not 1).__name__)
calls = []


def v(x):
    calls.append(x)
    return x


print(v(0) and v(1), v(1) or v(2), v(0) or v(0) or v(3), calls)
print((1 and 0) or "fallback", 1 and (0 or "x"), not (1 and 0))
print(True + (not False), [] or {} or (), 5 if 0 or 0.0 else 6)
