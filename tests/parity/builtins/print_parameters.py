# print with sep, end, file, flush, and their type errors.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(sep="x")
print("a", "b", sep=None, end=None)
print(*[], sep="-")
print(*"abc", sep="-")
print("x", file=None)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print("to", "writer", file=w, sep="_", end="!")
print(w.parts)
for kwargs in ({"sep": 1}, {"end": 2}, {"file": 3}, {"flush": 1, "file": w}):
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("x", bogus=1)
