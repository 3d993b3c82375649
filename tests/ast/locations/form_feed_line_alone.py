# a line holding only a form feed
def f():
    a = 1

    b = 2
