# SystemExit can be caught; a later exit(...) from builtins (site) exits with its code.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
try:
    exit(6)
except SystemExit as e:
    print("builtin exit", e.code)
quit(4)
