# A custom sys.excepthook receives the uncaught exception; sys.__excepthook__ is the default.
import sys


def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, exc, tb.tb_frame.f_code.co_name, file=sys.stderr)
    sys.__excepthook__(exc_type, exc, tb)


sys.excepthook = hook
print(sys.__excepthook__ is not hook)


def fail():
    raise RuntimeError("handled by the hook")


fail()
