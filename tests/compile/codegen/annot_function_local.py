def f():
    x: int = 1
    y: undefined
