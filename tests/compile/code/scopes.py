x = 1
def f():
    global x
    x = 2
    def g():
        return x
    return g

def h():
    y = 1
    def i():
        nonlocal y
        y = 2
        def j():
            return y
        return j
    return i

def k():
    return locals()

def m():
    exec("a = 1")
    return a

class N:
    z = 1
    def o(self):
        return z

def p():
    a = 1
    class Q:
        a = 2
        def r(self):
            return a
    return Q
