# raise with a class, an instance, from None, bare raise outside handler, and non-exceptions.
import sys
for f in (lambda: exec("raise ValueError"), lambda: exec("raise ValueError('inst')"),
          lambda: exec("raise 42"), lambda: exec("raise"), lambda: exec("raise ValueError from 1"),
          lambda: exec("raise int"), lambda: exec("raise KeyError from TypeError")):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__))


class NotExc:
    pass


raise NotExc
