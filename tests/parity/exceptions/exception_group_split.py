# ExceptionGroup: construction rules, split, subgroup, derive, and nested matching.
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(BaseException)[1])
print(repr(eg.split((TypeError, KeyError))[0]))
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
d = eg.derive([ZeroDivisionError()])
print(repr(d), d.__traceback__)
