x = a[1:2:3]
y = a[:]
z = a[None:'x']
