# A mapping pattern with a duplicate key.
def f(m):
    match m:
        case {"a": 1, "a": 2}:
            return True
