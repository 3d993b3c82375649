# AttributeError and NameError carry name (and obj) attributes set by the runtime.
class C:
    pass


c = C()
try:
    c.missing
except AttributeError as e:
    print(e.name, e.obj is c, e.args)
try:
    undefined_global
except NameError as e:
    print(e.name, e.args)
try:
    import math
    math.nothing
except AttributeError as e:
    print(e.name, e.obj is math)
e = NameError("custom", name="given")
print(e.name, str(e))
try:
    raise AttributeError("no name given")
except AttributeError as err:
    print(err.name, err.obj)
