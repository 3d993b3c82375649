# t-strings (PEP 750) without any import: the Template and Interpolation built-in types.
name, n = "world", 3
t = t"hello {name}! {n:>4} {name!r}"
Template = type(t)
Interpolation = type(t.interpolations[0])
print(Template.__name__, Template.__module__, Interpolation.__name__)
print(t.strings, t.values)
print([(i.value, i.expression, i.conversion, i.format_spec) for i in t.interpolations])
print(repr(t))
parts = [str(x.value).upper() if isinstance(x, Interpolation) else x for x in t]
print("".join(parts))
print((t"a{1}" + t"b{2}").strings, t"".strings, t"{n}{n}".strings)
print(t"{n:{'>'}{5}}".interpolations[0].format_spec, t"{n=}".strings, tr"\n{n}".strings)
i = Interpolation(5, "x", "r", ".2")
print(i.value, i.expression, i.conversion, i.format_spec, repr(i))
print(Template("a", i, "b").strings, Template().strings)
print(str(t) == repr(t))
t + "y"
