# global and nonlocal declarations: rebinding across scopes and creating globals from functions.
counter = 0


def bump():
    global counter
    counter += 1


def make_new():
    global created
    created = "made in function"


bump()
bump()
make_new()
print(counter, created)


def outer():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def reset():
        nonlocal n
        n = 0
    inc()
    inc()
    reset()
    return inc()


print(outer())


def nested():
    a = 1

    def mid():
        def inner():
            nonlocal a
            a = 3
        inner()
    mid()
    return a


print(nested())
