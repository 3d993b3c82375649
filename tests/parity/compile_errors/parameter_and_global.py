# A parameter declared global.
def f(x):
    global x
    x = 1
