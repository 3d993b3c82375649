# "Did you mean" suggestions for NameError: locals, globals, builtins, and self attributes.
import sys
colour = "red"


def show(e):
    try:
        raise e
    except NameError:
        sys.excepthook(*sys.exc_info())


def local_case():
    counter = 1
    return countr


class Thing:
    def __init__(self):
        self.value = 3

    def method(self):
        return value


for f in (local_case, lambda: color, lambda: prnt, lambda: Thing().method(), lambda: abcdefghijk):
    try:
        f()
    except NameError as e:
        show(e)
import math
sqrt(2)
