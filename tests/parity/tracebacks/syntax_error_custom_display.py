# SyntaxError raised by hand with various fields: how the display uses text, offset and end_offset.
import sys
cases = [
    ("msg only",),
    ("with location", ("f.py", 3, 5, "abc def ghi\n", 3, 8)),
    ("no text", ("f.py", 1, 1, None, 1, 2)),
    ("offset past end", ("f.py", 2, 50, "short\n", 2, 60)),
    ("tab in text", ("f.py", 4, 3, "\tx = = 1\n", 4, 4)),
]
for args in cases:
    try:
        raise SyntaxError(*args)
    except SyntaxError:
        sys.excepthook(*sys.exc_info())
raise IndentationError("indent problem", ("g.py", 7, 4, "   bad\n", 7, 5))
