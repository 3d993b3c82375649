# del calls __delitem__ and __delattr__, including slices and tuples of keys.
class Del:
    def __delitem__(self, key):
        print("__delitem__", key)

    def __delattr__(self, name):
        print("__delattr__", name)


d = Del()
del d[1]
del d[1:2]
del d[1, 2]
del d[...]
del d.attr
del d[::2], d.other
