# an indented block at EOF without newline
def f():
    return 1