# Output written without newline is flushed at exit, before the exit code is returned.
import sys
sys.stdout.write("partial line without newline")
sys.stderr.write("stderr too, no newline")
sys.exit(2)
