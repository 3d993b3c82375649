# python.gram: annotation (arbitrary expressions)
def f(a: "str", b: list[int] | None, c: lambda: 0 = 1, *d: int, e: (x := 1), **f: g()) -> a.b[c]: pass
