# dict equality ignores order; repr keeps insertion order; deletion and reinsertion move keys.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
a.pop("x")
a["x"] = 1
print(a, list(a))
c = {}
for k in "hello":
    c[k] = c.get(k, 0) + 1
print(c)
print({k: v for k, v in zip("abc", range(3))}, {n: n * n for n in range(4) if n % 2})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(dict(sorted({"b": 1, "a": 2}.items())))
