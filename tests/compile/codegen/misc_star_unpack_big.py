a, *b, c = d
[x0, x1, x2, x3, x4, *y] = z
