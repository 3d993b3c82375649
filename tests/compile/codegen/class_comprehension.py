class C:
    x = 1
    a = [i for i in range(3)]
    b = [x for i in range(3)]
    c = [lambda: __class__ for _ in [1]]
