# SystemExit raised by a with-statement body still runs __exit__ (which sees it).
import sys


class CM:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return False


with CM():
    sys.exit(12)
