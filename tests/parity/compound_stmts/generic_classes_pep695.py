# PEP 695 generics: class and function type parameters, bounds, constraints, defaults, ParamSpec, TypeVarTuple.
class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


def first[T](xs: list[T]) -> T:
    return xs[0]


class Bounded[T: int, S: (str, bytes), *Ts, **P]:
    pass


print(Box.__type_params__, first.__type_params__, Box[int], Box(3).get(), first([9]))
T, S, Ts, P = Bounded.__type_params__
print(type(T).__name__, T.__bound__, S.__constraints__, S.__default__, type(Ts).__name__, type(P).__name__)
print(T.__name__, Ts.__name__, P.__name__, Box.__mro__, Box[str].__origin__ is Box)
print(Bounded[int, str, float, [int]].__args__)


class WithDefault[U = int, V = str]:
    pass


print(WithDefault.__type_params__[0].__default__, WithDefault[bytes].__args__)


class Lazy[X: UndefinedBound]:
    pass


print(Lazy.__type_params__)
Lazy.__type_params__[0].__bound__
