class C:
    a: int
    b: list[a] = []
    def f(self, x: int, *args: str, y: bytes = b'', **kw: dict) -> None:
        z: float = 1.0
    if c:
        d: int
