# the error is on the physical line after a backslash continuation
x = 1 + \
    2 3
