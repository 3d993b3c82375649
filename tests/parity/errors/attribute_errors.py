# AttributeError texts: missing attributes on instances, classes, modules, builtins.
import math


class Point:
    __slots__ = ("x",)


p = Point()
for f in (lambda: p.x, lambda: p.y, lambda: Point.z, lambda: math.tau2, lambda: (1).real2,
          lambda: None.foo, lambda: "s".lenght, lambda: [].push):
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    p.y = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
object().attr = 1
