# Runtime errors in class patterns: too many positional sub-patterns, bad __match_args__, non-class.
class One:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


class BadArgs:
    __match_args__ = "not a tuple"


for subject, pattern in ((One(), "One(x, y)"), (BadArgs(), "BadArgs(x)"), (1, "notaclass()")):
    src = f"match subject:\n    case {pattern}:\n        pass\n"
    try:
        exec(src, {"One": One, "BadArgs": BadArgs, "notaclass": 5, "subject": subject})
    except TypeError as e:
        print(type(e).__name__, e)
match One():
    case One(a=1, missing=2):
        print("no")
    case One(a=1):
        print("keyword attribute matched")
match 5:
    case int(1, 2):
        pass
