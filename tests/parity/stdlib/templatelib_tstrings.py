# t-strings (PEP 750) through string.templatelib (its package imports the native _string module).
from string.templatelib import Template, Interpolation
name, n = "world", 3
t = t"hello {name}! {n:>4} {name!r}"
print(type(t).__name__, t.strings, [i.value for i in t.interpolations])
print([(i.expression, i.conversion, i.format_spec) for i in t.interpolations])
print(list(t)[0], t.values)
parts = []
for item in t:
    if isinstance(item, Interpolation):
        parts.append(str(item.value).upper())
    else:
        parts.append(item)
print("".join(parts))
print((t"a{1}" + t"b{2}").strings)
print(str(t) == repr(t))
t"x" + "y"
