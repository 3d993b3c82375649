# A sys.excepthook that itself raises: CPython reports both, then exits with 1.
import sys


def bad_hook(t, v, tb):
    raise ValueError("hook is broken")


sys.excepthook = bad_hook
raise KeyError("original")
