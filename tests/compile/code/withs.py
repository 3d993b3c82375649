with a:
    b()

with a as x, b as y:
    c(x, y)

def f():
    with open(p) as fh:
        return fh.read()

async def g():
    async with lock:
        await work()
    async with a as x, b as y:
        pass

def h():
    for i in range(3):
        with ctx():
            if i:
                continue
            break
