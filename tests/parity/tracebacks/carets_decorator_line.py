# An exception raised by a decorator is reported at the decorator line.
def checked(f):
    if not f.__doc__:
        raise TypeError(f"{f.__name__} needs a docstring")
    return f


@checked
def good():
    """Has one."""


@checked
def bad():
    pass
