# The traceback module: format_exception, format_exc, print_exc to stdout, extract_tb, and format_exception_only.
import sys
import traceback


def fail():
    return {}["missing"]


try:
    fail()
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(traceback.format_exception_only(e), end="\n")
    print(traceback.format_exc().splitlines()[-1])
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])
    traceback.print_exc(file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str, list(te.format_exception_only()))
print(traceback.format_exception_only(ValueError, ValueError("v")))
traceback.print_stack(file=sys.stdout, limit=1)
