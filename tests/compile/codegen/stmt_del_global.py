x = 1
del x
def f():
    global y
    y = 1
    del y
