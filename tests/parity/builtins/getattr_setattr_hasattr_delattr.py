# getattr/setattr/hasattr/delattr with defaults, non-string names, and properties that raise.
class C:
    a = 1

    @property
    def broken(self):
        raise KeyError("inside property")

    @property
    def attr_error(self):
        raise AttributeError("hidden")


c = C()
print(getattr(c, "a"), getattr(c, "b", "default"), hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "attr_error"))
setattr(c, "b", 2)
setattr(c, "with space", 3)
print(c.b, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "b")
print(hasattr(c, "b"), getattr(c, "attr_error", "dflt"))
for f in (lambda: getattr(c, 1), lambda: setattr(c, 1, 2), lambda: hasattr(c, None), lambda: delattr(c, "zz"),
          lambda: getattr(c, "missing"), lambda: hasattr(c, "broken")):
    try:
        f()
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
