# Calling objects that are not callable.
for obj in (1, "text", [1], None, (1,), {"a": 1}, 1.5):
    try:
        obj()
    except TypeError as e:
        print(e)


class Thing:
    pass


t = Thing()
t()
