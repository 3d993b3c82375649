# An exception message spanning several lines, and exceptions with several args or none.
import sys
for exc in (ValueError(), ValueError(""), ValueError(1, 2), ValueError("a", ),
            KeyError(), KeyError("k"), KeyError("a", "b"), OSError(2, "No such file")):
    try:
        raise exc
    except Exception:
        sys.excepthook(*sys.exc_info())
raise ValueError("first line\nsecond line\n  third, indented")
