a = (1, 2)
b = [x, y]
c = {x, y}
d = (*x, y)
e = [*x, *y]
f = {*x}
g = ()
