# A def without its parameter list.
def f:
    return 1
