class C:
    __a = 1
    def __f(self):
        return self.__b + __a
class _:
    __x = 1
