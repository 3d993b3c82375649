# Two starred names in a sequence pattern.
def f(seq):
    match seq:
        case [*a, *b]:
            return a
