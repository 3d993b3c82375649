# A caught exception printed through sys.excepthook(*sys.exc_info()); the program goes on.
import sys


def divide(a, b):
    return a // b


for b in (2, 0, 5):
    try:
        print(divide(10, b))
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
print("still running")
