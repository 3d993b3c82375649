x = 1
y = x + 2
z = -x
del y
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
(a, b), c = [1, 2], 3
first, *rest = range(5)
*init, last = "abc"
x += 1
x.attr = 3
x.attr += 4
x[0] = 5
x[1:2] = 6
x[a:b:c] += 7
del x.attr, x[0]
print(x, y, sep="")
print(*a, **b)
f(a, b=1, *c, d=2, **e)
obj.method(1, 2)
obj.method(*args)
global_name = None
assert x, "message"
assert y
pass
