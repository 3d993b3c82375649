def f():
    for x in y:
        with a:
            try:
                return x
            except E as e:
                return e
