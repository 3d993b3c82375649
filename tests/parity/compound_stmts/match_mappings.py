# match mapping patterns: required keys, **rest, extra keys allowed, and get() not used for misses.
def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle with {rest}"
        case {1: one}:
            return f"int key {one}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5}, {1: "uno"}, {}, {"a": 1}, [("type", "point")]):
    print(v, "->", m(v))


class D(dict):
    def __missing__(self, key):
        return "missing value"


print(m(D(type="point")))
