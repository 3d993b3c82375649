# python.gram: function_def_raw with type params, annotations, defaults and return annotation
def f[T](a: T, /, b: int = 1, *args: T, c: str, d: str = "", **kw: object) -> T: pass
async def g(*, a: int = 1, **kw: str) -> None: pass
def h(*args: *Ts): pass
def i(a, b, /, c, *, d): pass
