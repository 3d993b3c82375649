# SystemExit with a non-int, non-str value: its str() is printed and the exit code is 1.
import sys
sys.exit([1, 2, "three"])
