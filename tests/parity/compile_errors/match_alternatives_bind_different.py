# Alternatives of an or-pattern binding different names.
def f(p):
    match p:
        case (x, 1) | (1, y):
            return x
