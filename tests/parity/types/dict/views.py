# dict views: keys/values/items are live, set operations on keys and items, reversed, mapping.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, sorted(k - {"a"}), k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(sorted(i & {("a", 1), ("x", 0)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}), v == v)
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k.mapping).__name__, k.mapping["a"])
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(e)
try:
    for key in d.keys():
        del d["a"]
except RuntimeError as e:
    print(e)
print(d)
d.keys()[0]
