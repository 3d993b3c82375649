# sys.getrecursionlimit/setrecursionlimit and the RecursionError when the limit is lowered.
import sys
print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), 80 <= depth(0) < 100)
for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
sys.setrecursionlimit(1000)


def forever():
    forever()


try:
    forever()
except RecursionError as e:
    print(type(e).__name__, e)
