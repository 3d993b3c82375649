# Context managers: __enter__'s value bound by as, __exit__ arguments, suppression by a true return.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppression")
with CM("outer") as o, CM("inner") as i:
    print(o, i)
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


class NoEnter:
    def __exit__(self, *a): pass


with NoEnter():
    pass
