# Chained assignment assigns left to right after evaluating the value once.
class Log:
    def __setitem__(self, k, v):
        print("set", k, v)


def value():
    print("value evaluated")
    return 5


log = Log()
log["first"] = log["second"] = value()
x = y = []
x.append(1)
print(y)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
a, b = c = 1, 2
print(a, b, c)
