# Exactly three identical frames are shown in full; the fourth starts the repeat summary.
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)


import sys
for depth in (2, 3, 4, 5):
    try:
        rec(depth)
    except ValueError:
        sys.excepthook(*sys.exc_info())
