# Exceptions that cannot be raised (a generator's finally during garbage collection) go to sys.unraisablehook.
import sys
reports = []
sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg.split(" <")[0]))


def gen():
    try:
        yield 1
    finally:
        raise KeyError("raised during close")


g = gen()
next(g)
del g
print(reports)
