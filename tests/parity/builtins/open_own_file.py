# open() the program's own source for reading: text and binary modes, iteration, seek, tell.
with open(__file__) as f:
    first = f.readline()
    print(repr(first), f.mode, f.closed, type(f).__name__)
    rest = f.read()
print(f.closed, len(rest) > 0, rest.count("\n"))
with open(__file__, "rb") as f:
    data = f.read(10)
    print(data, f.tell(), type(f).__name__)
    f.seek(0)
    print(f.read(5))
with open("open_own_file.py", encoding="utf-8") as f:
    lines = list(f)
print(len(lines), lines[-1])
try:
    f.read()
except ValueError as e:
    print(e)
for args in (("no_such_file.txt",), (__file__, "rz"), (__file__, "rw")):
    try:
        open(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
# the last line
