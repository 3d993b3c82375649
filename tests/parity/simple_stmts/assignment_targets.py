# Assignment statement targets: chained, tuple/list, attribute, subscript, slice, starred, nested.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)


class O:
    pass


o = O()
o.attr, lst = 5, [0, 0, 0]
lst[0], lst[1:] = "first", ["r1", "r2"]
print(o.attr, lst)
i = 0
i, lst[i] = 1, "set at new i"
print(i, lst)
(p, q), [r, *s] = "pq", "rst"
print(p, q, r, s)
d = {}
d["k"] = d["j"] = 1
print(d)
a, b = 1
