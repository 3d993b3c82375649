# in/not in with __contains__, __iter__ fallback, and identity comparisons with is/is not.
class Box:
    def __contains__(self, x):
        print("contains?", x)
        return x == 1


print(1 in Box(), 2 not in Box(), "ab" in "xaby", [1] in [[1]], 3 in range(0, 10, 3), 3.0 in range(5))
print(None in [0, None], "k" in {"k": 1}, 1 in {1: 0}.values(), (1, 2) in {(1, 2)})
a = [1]
b = a
print(a is b, a is not [1], None is None, type(a) is list, () is (), 1 is not None)


class Weird:
    def __contains__(self, x):
        return "truthy string"


print(1 in Weird())
print(1 in 5)
