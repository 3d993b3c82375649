# sys.exit with an int: the exit code, no traceback; finally blocks still run.
import sys
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs")
print("never printed")
