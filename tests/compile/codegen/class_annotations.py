class C:
    a: int
    b: str = 'x'
    if c:
        d: float
