# match class patterns: positional via __match_args__, keywords, builtins' self-matching, and errors.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def c(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "some point"
        case int(i) | float(i):
            return f"number {i}"
        case str() as s:
            return f"string {s}"
        case _:
            return "other"


for v in (Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), 7, 2.5, "s", None):
    print(c(v))


class NoArgs:
    pass


match NoArgs():
    case NoArgs(1):
        pass
