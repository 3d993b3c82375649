# sys.exit called from a generator's finally while it is being closed: the exit wins.
import sys


def gen():
    try:
        yield 1
    finally:
        print("finally calls sys.exit(7)")
        sys.exit(7)


g = gen()
next(g)
g.close()
print("not reached")
