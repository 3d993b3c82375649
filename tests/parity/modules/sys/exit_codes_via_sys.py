# sys.exit(None) after output, and sys.exit with an exception instance's str.
import sys
print("normal output")
try:
    sys.exit(ValueError("not an int"))
except SystemExit as e:
    print(type(e.code).__name__, e.code)
sys.exit(None)
