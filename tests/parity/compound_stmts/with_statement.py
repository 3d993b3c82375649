# with: multiple managers, parenthesised form, exceptions in __enter__, and exit order.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (
    CM("c") as c,
    CM("d"),
):
    print("parenthesised", c)
try:
    with CM("e"), CM("f", fail_enter=True), CM("g"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("h"):
    with CM("i"):
        raise KeyError("inner")
