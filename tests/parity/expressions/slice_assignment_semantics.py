# Slice assignment from iterators, self-assignment, and extended slices of equal length.
a = list(range(8))
a[2:4] = iter("xyz")
print(a)
a[:] = a
print(a)
b = [0, 1, 2, 3]
b[::2] = b[1::2]
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [1, 2, 3, 4, 5, 6]
d[::-2] = "abc"
print(d)
e = [1]
e[5:10] = [7]
print(e)
e[::3] = [0, 0, 0]
