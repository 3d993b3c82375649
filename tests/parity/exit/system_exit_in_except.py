# sys.exit inside an except block: the handled exception is not printed.
import sys
try:
    {}["missing"]
except KeyError:
    print("handling, then exiting")
    sys.exit(9)
