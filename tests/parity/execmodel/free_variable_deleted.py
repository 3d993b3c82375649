# A free variable deleted in the enclosing scope: NameError mentioning the free variable.
def outer():
    x = 1

    def inner():
        return x
    del x
    return inner


f = outer()
f()
