# python.gram: global_stmt and nonlocal_stmt with several names
def f():
    global a, b, c
    def g():
        nonlocal d, e
