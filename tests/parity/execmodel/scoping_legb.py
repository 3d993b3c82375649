# Name resolution: local, enclosing, global, builtin, and shadowing a builtin.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def local():
        x = "local"
        return x
    return inner(), local()


print(outer(), x)
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))


def uses_builtin():
    return max(1, 2)


max = None
try:
    uses_builtin()
except TypeError as e:
    print(e)
del max
print(uses_builtin())
