def f(a: int, *b: str, c: 'C' = 1, **d: D) -> R:
    pass
