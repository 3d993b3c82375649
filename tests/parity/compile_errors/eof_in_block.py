# A file ending right after a block header.
def f():
    return 1


if f():
