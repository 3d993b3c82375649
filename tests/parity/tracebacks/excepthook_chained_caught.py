# sys.excepthook on a caught chained exception prints the whole chain; the program continues.
import sys


def fetch():
    try:
        raise ConnectionError("refused")
    except ConnectionError as e:
        raise RuntimeError("fetch failed") from e


try:
    fetch()
except RuntimeError:
    sys.excepthook(*sys.exc_info())
print("continuing after the report")
sys.excepthook(ValueError, ValueError("never raised"), None)
print("done")
