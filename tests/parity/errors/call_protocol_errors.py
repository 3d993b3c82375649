# TypeErrors from calling with wrong argument kinds for builtins that take no keywords or only positional.
for f in (lambda: len(obj=[1]), lambda: "x".split(sep=",", maxsplit=1, extra=2), lambda: divmod(a=1, b=2),
          lambda: [].append(object=1), lambda: {}.get(key="k"), lambda: abs(x=1), lambda: isinstance(obj=1, class_or_tuple=int)):
    try:
        f()
    except TypeError as e:
        print(e)
sum([1], start=0, extra=1)
