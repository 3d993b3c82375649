from __future__ import annotations
a: x + y * z
b: (x, y)
c: lambda q, *r, s=1, **t: q
d: x[1:2, ::3]
e: f'a{b!r:>{c}}'
f: -x ** -y
g: not x or y and z
h: [i for i in j if k]
i: {1: 2, **m}
j: 1 .real
k: ...
l: x if y else z
m: 1e400
