# At exit, suspended generators are finalised: their finally blocks run.
import sys


def gen():
    try:
        yield 1
    finally:
        print("generator finalised at exit")


g = gen()
next(g)
print("exiting with 0")
sys.exit()
