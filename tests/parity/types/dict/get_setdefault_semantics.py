# dict.get vs __missing__, setdefault with mutable defaults, and comparisons with views.
class M(dict):
    def __missing__(self, k):
        return "from __missing__"


m = M(a=1)
print(m["b"], m.get("b"), m.get("b", "dflt"), m.setdefault("c", []), m)
groups = {}
for word in ["apple", "avocado", "banana"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.values() == [1, 2], d == dict(b=2, a=1))
print(list(d.keys() | ["c"]) and sorted(d.keys() | ["c"]), {} == dict(), len(d.items()))
print(d.get(), end="")
