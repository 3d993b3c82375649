# TypeError texts for unexpected, missing and duplicated keyword arguments.
def f(a, *, key, other=0):
    pass


def g(pos, /, x):
    pass


for call in (lambda: f(1, keys=2), lambda: f(1), lambda: f(1, 2, key=3),
             lambda: f(1, key=2, a=3), lambda: g(pos=1, x=2), lambda: g(1, 2, x=3),
             lambda: f(1, **{"key": 1, "zzz": 2}), lambda: f(*[1], **{"a": 2})):
    try:
        call()
    except TypeError as e:
        print(e)
f(1, key=1, othr=2)
