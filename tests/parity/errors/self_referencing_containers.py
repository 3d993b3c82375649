# Self-referencing containers: reprs with [...] and {...}, identity shortcuts in comparisons.
a = []
a.append(a)
d = {}
d["self"] = d
print(a, d, repr([a, d]))
x = []
y = [x]
x.append(y)
print(x)
print(a == a, d == d, a in a, len(str(a)))
b = [1]
b.append(b)
print(b, b[1][1][1][0])
a[0] = 5
print(a)
d["self"]["self"]["missing"]
