# Builtin types and their instances reject new attributes; modules and functions accept them.
import math
for target, name in ((int, "x"), (str, "upper"), (1, "y"), ("s", "z"), ([], "w"), (object, "q")):
    try:
        setattr(target, name, 1)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
math.custom = "allowed on modules"


def f():
    pass


f.custom = "allowed on functions"
print(math.custom, f.custom)
del math.custom
type.__dict__["__name__"].__set__(int, "integer")
