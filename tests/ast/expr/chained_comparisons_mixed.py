# python.gram: comparison with chained not in / is not / in / is
x = a not in b not in c
y = a is not b is c in d
z = not a == b
w = a < b < c < d < e
