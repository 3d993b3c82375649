# An '=' where '==' was meant inside a call's argument.
def check(flag):
    return flag


check(1 = 1)
