# __complex__ returning a complex subclass: DeprecationWarning.
class C(complex):
    pass


class Num:
    def __complex__(self):
        return C(1, 2)


print(complex(Num()))
