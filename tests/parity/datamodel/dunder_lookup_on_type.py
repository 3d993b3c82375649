# Implicit special-method lookup uses the type, not the instance.
class C:
    def __len__(self):
        return 1


c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
c.__repr__ = lambda: "instance repr"
print(repr(c).startswith("<__main__.C object"))


class Dyn:
    pass


d = Dyn()
Dyn.__len__ = lambda self: 7
print(len(d))
del Dyn.__len__
try:
    len(d)
except TypeError as e:
    print(e)
Dyn.__add__ = lambda self, o: "added"
print(d + 1)
d.__add__ = None
print(d + 2)
