# hasattr only swallows AttributeError; other exceptions from properties propagate.
class C:
    @property
    def attr_error(self):
        raise AttributeError("nope")

    @property
    def value_error(self):
        raise ValueError("boom in property")

    def __getattr__(self, name):
        if name == "dynamic":
            return 1
        raise AttributeError(name)


c = C()
print(hasattr(c, "attr_error"), hasattr(c, "dynamic"), hasattr(c, "other"), hasattr(C, "value_error"))
print(getattr(c, "attr_error", "fallback"))
hasattr(c, "value_error")
