# dataclasses: fields, defaults, repr, eq, order, frozen, post_init, asdict, and errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")


a = Item("a", 1.5)
b = Item("b")
print(a, a == Item("a", 1.5), a < b, sorted([b, a])[0].name, asdict(a), astuple(b))
print(replace(a, price=2.0), [f.name for f in fields(Item)], Point(1), hash(Point(1, 2)) == hash(Point(1, 2)))
try:
    Point(1).x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Point(-1)
except ValueError as e:
    print(e)
Item()
