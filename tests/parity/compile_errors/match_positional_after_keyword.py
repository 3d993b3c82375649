# A positional sub-pattern after a keyword one in a class pattern.
class P:
    __match_args__ = ("x", "y")


def f(p):
    match p:
        case P(x=1, 2):
            return True
