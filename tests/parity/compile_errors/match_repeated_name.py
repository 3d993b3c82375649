# A capture name used twice in one pattern.
def f(p):
    match p:
        case [x, x]:
            return x
