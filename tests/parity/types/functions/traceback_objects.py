# Traceback objects: tb_frame, tb_lineno, tb_next, and frames kept alive after the error.
import sys


def fail():
    raise ValueError("x")


def middle():
    fail()


try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__, sys.exc_info()[2] is e.__traceback__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, tb.tb_lasti >= 0)
print(sys.exc_info())
