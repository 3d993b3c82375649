# OSError(errno, ...) constructs the matching subclass; attributes errno, strerror, filename.
import sys
for errno in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 99999):
    e = OSError(errno, "message")
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file or directory", "a.txt")
print(type(e).__name__, e.filename, e.filename2, str(e))
e = OSError(17, "File exists", "src", None, "dst")
print(str(e), e.filename2)
print(OSError("just text").errno, str(OSError("just text")), OSError().args, str(OSError(1)))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(BlockingIOError(11, "again", 5).characters_written)
print(FileNotFoundError(13, "x").errno, type(FileNotFoundError(13, "x")).__name__)
raise FileNotFoundError(2, "No such file or directory", "missing.cfg")
