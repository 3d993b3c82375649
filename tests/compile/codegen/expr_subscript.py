x = a[1]
y = a[1:2]
z = a[::2]
w = a[b:c]
a[1] = 2
a[b:c] = d
del a[1], a[b:c]
v = a[1, 2:3]
