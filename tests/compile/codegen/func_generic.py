def f[T](x: T) -> T:
    return x
def g[T, U: int = str](x=1, *, y=2): pass
async def h[**P](): pass
