a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x != y]
c = {x: x ** 2 for x in range(5)}
d = {x for x in "hello"}
e = (x for x in range(10))
f = [[y for y in range(x)] for x in range(3)]

def func(n):
    return [i + n for i in range(n)]

def func2(n):
    return sum(i for i in range(n))

def func3(xs):
    return {k: v for k, v in xs.items() if v}

def func4(xs):
    x = 1
    return [lambda: x for x in xs]

def func5(xs):
    return [y for x in xs if (y := x * 2)]

class K:
    items = [1, 2]
    doubled = [i * 2 for i in items]

async def agen(xs):
    return [x async for x in xs]
