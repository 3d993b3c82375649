def f(a: int, /, b: 'B', *, c: C = None) -> R:
    x: int = 1
    y: undefined
    return x
