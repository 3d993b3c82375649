# __float__ returning a float subclass: DeprecationWarning, shown for __main__.
class F(float):
    pass


class Num:
    def __float__(self):
        return F(2.5)


print(float(Num()))
print(float(Num()))
