# del of a function call.
def f():
    return 1


del f()
