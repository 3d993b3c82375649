# match sequence patterns: fixed length, star captures, nesting; str and bytes are not sequences here.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first} rest={rest}"
        case (a, [b, *c], *_):
            return f"nested a={a} b={b} c={c}"
        case [*init, last]:
            return f"init={init} last={last}"
        case _:
            return "not a sequence"


for v in ([], [1], (1, 2), [1, 2, 3, 4, 5], [0, [1, 2, 3], 4], (1, 2, 3), "ab", b"ab", {1: 2}, range(3), 5):
    print(repr(v), "->", seq(v))
