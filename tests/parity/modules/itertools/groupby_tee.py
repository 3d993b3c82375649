# itertools groupby (consecutive keys, shared underlying iterator) and tee.
from itertools import groupby, tee
data = "aaabccdaa"
print([(k, list(g)) for k, g in groupby(data)])
print([(k, len(list(g))) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = tee("xy", 3)
print(list(x), list(y), list(z), tee("a", 0))
try:
    tee("a", -1)
except ValueError as e:
    print(e)
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, grp in groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
