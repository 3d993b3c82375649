# __index__ makes an object usable as a sequence index, in slices, bin(), hex(), range.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v


data = list(range(10))
print(data[Idx(3)], data[Idx(2):Idx(5)], data[::Idx(4)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), range(Idx(3)))
print("ab" * Idx(3), [0] * Idx(2), operator_index := Idx(7).__index__())
print(int(Idx(9)) if hasattr(int, "__index__") else None)
print((1).__index__(), True.__index__())


class BadIdx:
    def __index__(self): return "3"


try:
    data[BadIdx()]
except TypeError as e:
    print(e)
data[1.5]
