# python.gram: lambda_star_etc, lambda_kwds, lambda_param_no_default, lambda_param_with_default, lambda_param_maybe_default, lambda_param
lambda a, b=1, *c, d, e=2, f, **g: 0
lambda *, a=1, b: 0
lambda *a, b=1: 0
lambda a,: 0
lambda a, b=1,: 0
lambda *a,: 0
lambda **k,: 0
