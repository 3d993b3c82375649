# Runtime errors on assignment: read-only attributes, properties without setters, and __slots__.
class P:
    __slots__ = ("a",)

    @property
    def ro(self):
        return 1


p = P()
for f in (lambda: setattr(p, "ro", 2), lambda: setattr(p, "b", 1), lambda: setattr((1).__class__, "x", 1),
          lambda: setattr(len, "__name__", "x"), lambda: setattr(p, "__class__", int), lambda: delattr(p, "a")):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
func = lambda: 0
func.__code__ = 5
