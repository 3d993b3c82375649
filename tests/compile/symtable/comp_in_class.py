class C:
    y = 1
    r = [x for x in range(3)]
    s = [y for x in range(3)]
