# __getattr__ is called only when normal lookup fails; __getattribute__ sees every lookup.
class Lazy:
    real = "real attribute"

    def __getattr__(self, name):
        if name.startswith("x"):
            return f"computed {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


z = Lazy()
print(z.real, z.xyz, getattr(z, "x1"), hasattr(z, "other"), getattr(z, "other", "default"))


class Spy:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)


s = Spy()
print(s.value)
print(type(s).__name__)
z.other
