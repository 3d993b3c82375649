# A nested ExceptionGroup drawn with its box characters and numbered sub-exceptions.
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ValueError("v")])


def outer():
    try:
        inner()
    except ExceptionGroup as eg:
        raise ExceptionGroup("outer", [eg, TypeError("t")])


outer()
