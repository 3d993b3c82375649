def f(a: int, b: "str" = "x", *args: tuple, c: list[int], **kw: dict) -> None:
    x: int = 1
    y: str
    return x

class C:
    a: int
    b: str = "s"

def g[T, *Ts, **P](x: T) -> T:
    return x

type Alias = list[int]
type Generic[T] = dict[str, T]
