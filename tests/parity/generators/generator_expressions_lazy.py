# Generator expressions evaluate the first iterable eagerly and the rest lazily.
def src(name, items):
    print("evaluating", name)
    return items


g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
next(lazy)
