# An exception raised while handling another: both tracebacks, joined by the context separator.
def load(d):
    try:
        return d["key"]
    except KeyError:
        raise ValueError("key is required")


load({})
