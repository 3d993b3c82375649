# __hash__ rules: __eq__ without __hash__ makes a class unhashable; hash of equal numbers.
class EqOnly:
    def __eq__(self, o): return True


class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)


class Inherit(Both):
    def __eq__(self, o): return False


class KeepHash(Both):
    def __eq__(self, o): return False
    __hash__ = Both.__hash__


print(EqOnly.__hash__, Inherit.__hash__, KeepHash.__hash__ is Both.__hash__)
print(len({Both(1), Both(1), Both(2)}))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(True) == hash(1))
print(hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61))
print({1: "int", 1.0: "float", True: "bool"})
for obj in (EqOnly(), Inherit(1)):
    try:
        hash(obj)
    except TypeError as e:
        print(e)


class BadHash:
    def __hash__(self): return "nope"


hash(BadHash())
