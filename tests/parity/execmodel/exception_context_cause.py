# __context__, __cause__ and __suppress_context__ set by raise, raise from, and raise from None.
def show(e):
    print(type(e).__name__, repr(e.__context__), repr(e.__cause__), e.__suppress_context__)


try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("b") from k
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("no handler") from TypeError("explicit")
except ValueError as e:
    show(e)
e = ValueError()
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = False
raise ValueError("final") from KeyError("cause")
