# An exception thrown into a generator appears at its yield in the traceback.
def worker():
    total = 0
    while True:
        value = yield total
        total += value


g = worker()
next(g)
g.send(5)
g.throw(ValueError("stop working"))
