# import * inside a function.
def load():
    from math import *
    return pi
