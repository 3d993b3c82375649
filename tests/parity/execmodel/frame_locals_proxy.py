# PEP 667: frame.f_locals of a function is a write-through proxy; locals() is a snapshot.
import sys


def f():
    a = 1
    snap = locals()
    proxy = sys._getframe().f_locals
    proxy["a"] = 2
    snap["a"] = 100
    print(a, snap["a"], proxy["a"], "snap" in proxy, sorted(proxy.keys()))
    proxy["brand_new"] = 3
    print("brand_new" in locals(), proxy["brand_new"])
    try:
        del proxy["a"]
    except ValueError as e:
        print(e)


f()
print(type(locals()).__name__, locals() is globals())
