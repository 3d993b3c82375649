# pegen_errors.c: unexpected indent inside a block
def f():
    x = 1
        y = 2
