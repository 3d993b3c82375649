# match: literal, capture, wildcard, value (dotted) patterns, and guards.
import math


class Color:
    RED = "red"


def describe(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case True:
            return "true"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case Color.RED:
            return "the color red"
        case math.pi:
            return "pi"
        case int(n) if n < 0:
            return f"negative {n}"
        case x if isinstance(x, str):
            return f"some string {x!r}"
        case _:
            return "something else"


for v in (0, 0.0, False, True, 1, None, "hello", "red", math.pi, -5, "zz", [1]):
    print(repr(v), "->", describe(v))
