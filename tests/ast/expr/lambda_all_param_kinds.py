# python.gram: lambda_parameters, lambda_slash_with_default, lambda_star_etc, lambda_kwds
lambda *args, **kw: 0
lambda *, a=1: 0
lambda a, /, b=2, *c, d, e=3, **f: 0
lambda a=1, /, b=2: 0
lambda a, /: 0
lambda *a, b: 0
lambda **k: 0
lambda a, b=1, *, c, d=2: 0
lambda: (yield)
