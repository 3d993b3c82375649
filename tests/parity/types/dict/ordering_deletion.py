# dict keeps insertion order through deletions, updates, and comprehension rebuilds; popitem is LIFO.
d = {}
for i in range(6):
    d[i] = i * i
del d[2]
d[2] = "re-added"
d[0] = "updated in place"
print(d, list(d.items())[:2])
print(d.popitem(), d.popitem(), d)
e = dict.fromkeys("abcabc", 0)
print(e, list(reversed(e.items())))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:5], len(big), next(iter(big)))
d2 = {"x": 1}
d2.update(x=2, y=3)
print(d2, {**d2, "x": 0}, dict(d2, z=1))
