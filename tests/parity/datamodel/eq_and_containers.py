# __eq__ is used by list.index, in, count, remove, and dict lookups after hash matches.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print(f"__eq__({self.k}, {getattr(other, 'k', other)})")
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


a, b = Key(1), Key(1)
lst = [Key(0), a]
print(b in lst, lst.index(b), lst.count(b))
d = {a: "value"}
print(d[b])
print(a in [a])
s = {a}
print(b in s)
lst.remove(Key(5))
