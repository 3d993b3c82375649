# Frame objects through sys._getframe: f_code, f_lineno, f_back, f_locals, f_globals.
import sys


def inner():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sorted(f.f_back.f_locals), f.f_globals is globals(), f.f_builtins is __builtins__.__dict__)
    return f


def outer():
    local_one = 1
    local_two = "x"
    return inner()


fr = outer()
print(fr.f_code.co_name, type(fr).__name__, sys._getframe(0).f_code.co_name)
print(sys._getframe().f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(type(fr.f_locals).__name__, type(sys._getframe().f_locals).__name__)


def see_locals():
    a = 1
    loc = sys._getframe().f_locals
    loc["a"] = 5
    return a, type(loc).__name__


print(see_locals())
