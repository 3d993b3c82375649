# An exception raised in __del__ goes to sys.unraisablehook and is otherwise ignored.
import sys


def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg.split(" <")[0], "|", u.object,
          u.exc_traceback.tb_frame.f_code.co_name)


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError(f"cannot release {self.name}")


sys.unraisablehook = hook
r = Res("db")
del r
print("continued after __del__ failed")
