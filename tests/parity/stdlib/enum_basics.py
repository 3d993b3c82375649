# enum: Enum, IntEnum, Flag, auto, lookup by value and name, iteration, and errors.
from enum import Enum, IntEnum, Flag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color))
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), repr(Perm(7)))
print(len(Color), Color.RED is Color(1), isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except Exception as e:
    print(type(e).__name__, e)
