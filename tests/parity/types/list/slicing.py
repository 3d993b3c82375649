# List slicing: reading, slice assignment that grows/shrinks, extended slices, deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[5:5])
a[2:5] = ["x"]
print(a)
a[1:1] = [0.1, 0.2]
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
del a[::3]
print(a)
a[:] = []
print(a)
b = [1, 2, 3, 4]
b[-1:] = [9, 9, 9]
print(b, b[-100:100], b[slice(None, None, -2)])
try:
    b[::2] = [0]
except ValueError as e:
    print(e)
b[1:3] = 5
