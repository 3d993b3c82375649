# match or-patterns, as-patterns, and nested combinations binding the same names.
def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case {"k": [1, *_] | (2, *_) as seq}:
            return f"mapping with seq {seq}"
        case (int() | float()) as num if num > 100:
            return f"big {num}"
        case _:
            return "no match"


for v in (2, ["b", 0], {"k": [1, 9]}, {"k": (2,)}, 500, 50.5, "z"):
    print(repr(v), "->", f(v))
match 42:
    case x:
        print("capture binds", x)
print(x)
