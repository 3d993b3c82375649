# Generators closed explicitly, by exhaustion, and by deletion run their finally blocks at those points.
def g(name):
    try:
        yield name
        yield name + "2"
    finally:
        print("finally", name)


a = g("a")
next(a)
a.close()
print("after close")
b = g("b")
print(list(b))
c = g("c")
next(c)
c = None
print("after rebinding c")
d = g("d")
next(d)
print("end of program, d still suspended")
