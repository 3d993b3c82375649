# __context__ is set implicitly when raising inside except and finally blocks.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError as inner:
        raise inner
except KeyError as e:
    print(e.__context__)
try:
    raise IndexError("x") from KeyError("y")
except IndexError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
err = RuntimeError("self")
try:
    try:
        raise err
    except RuntimeError:
        raise err
except RuntimeError as e:
    print(e.__context__ is None)
