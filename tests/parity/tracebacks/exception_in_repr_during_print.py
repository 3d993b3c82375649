# An exception raised by __repr__ while print() converts a list: the C frames are hidden.
class Bad:
    def __repr__(self):
        return self.missing


items = [1, Bad()]
print(items)
