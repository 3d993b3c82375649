# The type statement (PEP 695): lazy values, __value__, __type_params__, and generic aliases.
type Point = tuple[float, float]
type Pair[T] = tuple[T, T]
type Lazy = UndefinedName
print(Point, type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
print(Pair, Pair.__type_params__, Pair[int], Pair[int].__args__, Pair.__value__)
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
type Recursive = list[Recursive] | int
print(Recursive.__value__)


def f():
    type Local = int
    return Local


print(f().__name__, f().__module__)
Point.__value__ = 1
