# python.gram: comparison (chained)
a < b < c
a == b != c <= d is not e not in f
0 <= x < 10
