# dict subclasses: __missing__, overridden __setitem__ ignored by update(), and repr.
class Default(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


d = Default()
d["a"].append(1)
d["b"].append(2)
print(d, type(d).__name__, isinstance(d, dict))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(u)


class Counting(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) * 10


c = Counting(a=1)
print(c["a"], c.get("a"), dict(c), list(c.values()))
print(Default.__mro__)
