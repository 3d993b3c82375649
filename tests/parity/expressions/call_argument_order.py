# Call argument evaluation order with unpacking and keywords, and argument errors after evaluation.
def show(*a, **k):
    return a, k


def v(x):
    print("eval", x)
    return x


print(show(v(1), *[v(2), v(3)], v(4), k1=v(5), **{"k2": v(6)}, k3=v(7)))
print(show(*(v(i) for i in range(2))))
show(v("before error"), **{1: v("key")})
