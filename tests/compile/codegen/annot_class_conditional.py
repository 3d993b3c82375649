class C:
    a: int
    for i in x:
        b: str
