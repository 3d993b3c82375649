# functools: reduce, partial, lru_cache, wraps, total_ordering, cached_property, singledispatch.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__, p.keywords)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def documented():
    """Doc."""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)


@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


@functools.singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int):
    return "int"


print(kind(1), kind("s"), kind(True))
functools.reduce(lambda a, b: a, [])
