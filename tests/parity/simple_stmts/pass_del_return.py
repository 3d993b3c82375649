# pass, del of various targets, return without value, and return in nested functions.
def nothing():
    pass


def bare():
    return


def early(x):
    if x:
        return "early"
    pass
    return "late"


print(nothing(), bare(), early(1), early(0))
data = {"a": 1, "b": 2, "c": 3}
del data["a"], data["b"]
print(data)
lst = list(range(6))
del lst[1:3], lst[::2]
print(lst)
v = 1
del v
try:
    v
except NameError as e:
    print(e)
del data["zzz"]
