# add_note and __notes__: order, non-list __notes__, and how notes print.
import sys
e = ValueError("base")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError:
    sys.excepthook(*sys.exc_info())
e2 = TypeError("odd notes")
e2.__notes__ = ("tuple", "notes")
try:
    raise e2
except TypeError:
    sys.excepthook(*sys.exc_info())
e3 = KeyError("k")
e3.__notes__ = "not a sequence"
try:
    raise e3
except KeyError:
    sys.excepthook(*sys.exc_info())
e4 = RuntimeError("bad note type")
e4.__notes__ = [1, "ok"]
raise e4
