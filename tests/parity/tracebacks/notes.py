# Exception notes (add_note) printed after the message, including multi-line notes.
def validate(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("values must be >= 0")
        e.add_note("line one\nline two")
        raise e


validate(1)
validate(-5)
