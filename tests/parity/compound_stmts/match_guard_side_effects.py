# Guards are evaluated only after the pattern matches; captures bind even when the guard fails.
def guard(label, result):
    print("guard", label)
    return result


match [1, 2]:
    case [a, b] if guard("first", False):
        print("not here")
    case [x, y] if guard("second", True):
        print("matched second", x, y)
print(a, b)
match 5:
    case int(n) if n > 10:
        print("big")
    case str():
        print("string")
    case _:
        print("fallback, n =", n)
