# Unbounded recursion: RecursionError with CPython's message and the repeated-line summary.
import sys
print(sys.getrecursionlimit())


def forever(n):
    return forever(n + 1) + 1


forever(0)
