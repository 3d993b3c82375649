# def statement: defaults evaluated at definition, annotations stored lazily, nested defs, redefinition.
print("defining")
counter = [0]


def bump(d=counter.append(1) or len(counter)):
    return d


print(bump(), bump(5), counter)


def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]


print(annotated(1), annotated.__annotations__)


def f():
    return 1


def f():
    return 2


print(f())


def outer():
    def inner():
        return "inner"
    return inner


print(outer()(), outer().__qualname__)


def lazy_annotations(x: NotDefinedYet) -> AlsoNotDefined:
    return x


print(lazy_annotations(5))
print(lazy_annotations.__annotations__)
