# AssertionError from assert with and without a message.
import sys


def check(x):
    assert x > 0
    assert x < 10, f"{x} is too big"
    return x


try:
    check(0)
except AssertionError:
    sys.excepthook(*sys.exc_info())
check(5)
check(50)
