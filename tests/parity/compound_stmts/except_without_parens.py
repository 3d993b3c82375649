# PEP 758 (3.14): except and except* accept several types without parentheses when there is no 'as'.
def f(exc):
    try:
        raise exc
    except ValueError, TypeError:
        return "value or type"
    except KeyError:
        return "key"


print(f(ValueError()), f(TypeError()), f(KeyError()))
try:
    raise ExceptionGroup("g", [ValueError(), OSError()])
except* ValueError, TypeError:
    print("star without parens")
except* OSError:
    print("oserror part")
f(IndexError("unmatched"))
