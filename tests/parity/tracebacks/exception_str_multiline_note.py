# An exception with an empty message, a note, and a KeyError in a context chain.
try:
    {}["a"]
except KeyError:
    e = RuntimeError()
    e.add_note("empty message above")
    raise e
