# __int__ and __index__ returning an int subclass: DeprecationWarnings.
class I(int):
    pass


class Num:
    def __int__(self):
        return I(7)

    def __index__(self):
        return I(8)


print(int(Num()))
print([1, 2, 3, 4, 5, 6, 7, 8, 9][Num()])
