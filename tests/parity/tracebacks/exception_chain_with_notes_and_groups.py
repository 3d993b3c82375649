# A cause chain whose last exception is a group with notes on both levels.
def load():
    raise OSError(2, "No such file or directory")


try:
    load()
except OSError as e:
    inner = ValueError("config unreadable")
    inner.add_note("check the path")
    g = ExceptionGroup("startup failed", [inner, KeyError("section")])
    g.add_note("2 problems")
    raise g from e
