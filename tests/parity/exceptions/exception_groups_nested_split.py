# split and subgroup keep the nesting and copy notes, __cause__, __context__ and __traceback__ to the parts.
def make():
    try:
        raise ExceptionGroup("root", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")])])
    except ExceptionGroup as g:
        return g


g = make()
g.add_note("root note")
g.__cause__ = KeyError("cause")
v, rest = g.split(ValueError)
print(repr(v), v.__notes__, repr(v.__cause__), v.__traceback__ is g.__traceback__)
print(repr(rest), rest.exceptions[0].message)
print(g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(g.subgroup(lambda e: e is g) is g, g.split(ValueError)[0] is not g)
print(g.subgroup(TypeError).exceptions[0].exceptions)
raise g.subgroup(ValueError)
