# list methods: append, extend, insert at any index, pop, remove, index with bounds, count, copy.
a = [1, 2, 3]
a.append([4])
a.extend((5, 6))
a.extend("ab")
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("first")
print(a.index(3), a.index("a", 2), a.count(1), a.count([4]))
b = a.copy()
b.clear()
print(a, b, a.copy() == a)
a.reverse()
print(a)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(e)
a.remove("zzz")
