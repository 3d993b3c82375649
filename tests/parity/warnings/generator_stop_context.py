# An exception raised in a generator's finally while close() runs propagates out of close().
def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
print("end")
