# SystemExit with a string: the string goes to stderr and the exit code is 1.
import sys
print("about to fail")
sys.exit("fatal: configuration missing")
