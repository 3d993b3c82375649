class C:
    if x:
        a: int
    try:
        b: str
    except E:
        pass
