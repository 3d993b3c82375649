def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw

def p(a, b, /, c, *, d):
    return a

def docstring():
    "A docstring."
    return 1

def closure(x):
    def inner(y):
        return x + y
    return inner

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def cellarg(a, b):
    def inner():
        return a
    return inner

lam = lambda x, y=2: x * y
lam2 = lambda: (yield)

def uses_global():
    global G
    G = 1
    return G

def defaults(a=[], b={}, c=(1, 2)):
    return a

def kwdefaults(*, a=1, b=2):
    return a + b

@decorator
def decorated():
    pass

@decorator(1)
@other
def decorated2(x):
    return x

def many_locals():
    a = b = c = d = e = f = g = h = i = j = k = l = m = n = o = p = q = 1
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q

def unbound():
    if cond:
        x = 1
    return x

def deleted():
    x = 1
    del x
    return x

def swap(a, b):
    a, b = b, a
    return a, b

def returns_none():
    return

def recursion(n):
    return n and recursion(n - 1)

def star_call(*a, **k):
    return f(*a, **k), f(1, *a), f(x=1, **k), f(1, 2, x=3)

def nested_def():
    def a():
        def b():
            return c
        c = 1
        return b
    return a
