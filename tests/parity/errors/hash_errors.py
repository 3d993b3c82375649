# Unhashable types as dict keys and set members.
for f in (lambda: {[]: 1}, lambda: {{}}, lambda: hash(set()), lambda: {1: 2}[[1]],
          lambda: frozenset([[1]]), lambda: hash(([],)), lambda: {bytearray(): 1}):
    try:
        f()
    except TypeError as e:
        print(e)


class Eq:
    def __eq__(self, other):
        return True


print(Eq.__hash__)
s = {Eq()}
