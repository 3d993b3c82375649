# dict construction, insertion order, update forms, get/setdefault/pop/popitem, and |, |=.
d = dict(a=1, b=2)
d["c"] = 3
d["a"] = 10
print(d, list(d), len(d), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 0))
print(dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict.fromkeys("ab"), dict.fromkeys([1, 2], []))
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d.pop("f"), d.pop("zz", "dflt"), d.popitem(), d)
print(d | {"new": 0}, {"a": 0} | d == d | {"a": 0})
d |= [("z", 26)]
print(d)
del d["a"]
print("a" in d, "b" in d, d.copy() == d, d.copy() is d)
d.clear()
print(d, {}, {1: {2: {}}})
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}, {None: None})
d.pop("missing")
