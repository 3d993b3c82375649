# Augmented assignment evaluates the target once and works on attributes and subscripts.
class Spy:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


def key():
    print("key evaluated")
    return "k"


s = Spy()
s[key()] += 10
print(s.data)


class A:
    n = 1


a = A()
a.n += 1
print(a.n, A.n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
z = "s"
z += 1
