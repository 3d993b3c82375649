# sys.exc_info() and sys.exception() inside and outside handlers, and in nested handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())


def in_function():
    return sys.exception()


try:
    raise TypeError("t")
except TypeError:
    print(repr(in_function()))


def gen():
    yield sys.exception()


try:
    raise IndexError("for gen")
except IndexError:
    g = gen()
    print(repr(next(g)))
