# Starred expressions in calls, displays and assignments; ** in calls and dict displays.
def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *"ab", 3), f(**{"a": 1}, **{"b": 2}, c=3), f(*(), **{}))
print([*range(3), *[9]], (*"xy",), {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2, **{"a": 3}})
first, *middle, last = range(6)
print(first, middle, last, [*"ab"] * 2)
print(f(*iter([1, 2])), f(*{3: 0}), f(**dict(x=1)))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
f(**[1])
