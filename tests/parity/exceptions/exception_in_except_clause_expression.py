# An error while evaluating an except clause's expression replaces the exception in flight.
def bad_class():
    raise RuntimeError("evaluating the except expression failed")


try:
    raise ValueError("original")
except bad_class():
    pass
