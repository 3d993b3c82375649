# "Did you mean" suggestions for AttributeError, including module and nested attribute hints.
import sys
import math


class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 2


def show(f):
    try:
        f()
    except AttributeError:
        sys.excepthook(*sys.exc_info())


c = Config()
show(lambda: c.timout)
show(lambda: c.retry)
show(lambda: math.sqr)
show(lambda: "text".uper())
show(lambda: [].add)
show(lambda: c.zzzzzzzzzz)
e = AttributeError("custom", name="attr", obj=c)
print(e.name, e.obj is c)
c.retires
