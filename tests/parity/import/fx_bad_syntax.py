# Fixture: a module with a syntax error.
def ok():
    return 1


def broken(
    return 2
