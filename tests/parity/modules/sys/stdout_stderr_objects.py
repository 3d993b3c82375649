# sys.stdout/stderr writes, write() return values, and buffered binary output.
import sys
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.writable(), sys.stdout.isatty(), sys.stdin.isatty())
sys.stderr.write("error stream\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.errors, sys.stderr.errors, sys.stdout.line_buffering, sys.stdout.name, sys.stderr.name)
print("é ☃", file=sys.stdout)
sys.stdout.write(5)
