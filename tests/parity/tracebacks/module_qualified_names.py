# Exception class names in the last line: __main__ and builtins are left out, others qualified.
import sys


class Outer:
    class InnerError(Exception):
        pass


class Renamed(Exception):
    pass


Renamed.__module__ = "somewhere.else"
for exc in (Outer.InnerError("nested"), Renamed("moved")):
    try:
        raise exc
    except Exception:
        sys.excepthook(*sys.exc_info())
Renamed.__module__ = None
raise Renamed("no module")
