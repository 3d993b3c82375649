# raise: classes instantiated, instances, from, re-raise, and raise in a nested handler.
import sys


def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e.args, repr(e.__cause__), e.__suppress_context__)


def r1(): raise ValueError
def r2(): raise ValueError("with arg")
def r3(): raise ValueError("x") from KeyError("cause")
def r4(): raise ValueError("y") from None
def r5(): raise ValueError("z") from KeyError


for f in (r1, r2, r3, r4, r5):
    attempt(f)
try:
    raise
except RuntimeError as e:
    print(e)


def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise
        except KeyError as e:
            print("re-raised", repr(e))
        raise


handler()
