# Closures three levels deep, cells shared between siblings, and nonlocal through intermediate scopes.
def level1():
    a = "a1"

    def level2():
        b = "b2"

        def level3():
            nonlocal a
            a = a + "+changed"
            return a + b
        return level3
    f = level2()
    before = a
    result = f()
    return before, result, a


print(level1())


def siblings():
    shared = []

    def add(x):
        shared.append(x)

    def get():
        return list(shared)
    add(1)
    add(2)
    return get(), add.__closure__[0] is get.__closure__[0]


print(siblings())
