# TypeError texts for calls with the wrong number of arguments.
def none():
    pass


def two(a, b):
    pass


def defaults(a, b=1, *, c):
    pass


class K:
    def method(self, x):
        pass


for f in (lambda: none(1), lambda: two(1), lambda: two(1, 2, 3), lambda: defaults(),
          lambda: defaults(1), lambda: defaults(1, 2, 3), lambda: K().method(),
          lambda: K().method(1, 2), lambda: K.method(1), lambda: two()):
    try:
        f()
    except TypeError as e:
        print(e)
two(1, 2, c=3)
