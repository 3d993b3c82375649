# python.gram: params, parameters, star_etc, kwds, param_no_default, param_with_default, param_maybe_default, param, annotation, default
def f(a, b: int, c=1, d: str = "x", *args: int, e, f: int = 2, g=3, **kw: dict) -> None:
    pass
