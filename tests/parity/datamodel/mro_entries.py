# __mro_entries__ lets a non-class object appear in a class's bases.
class Base:
    pass


class Alias:
    def __mro_entries__(self, bases):
        print("mro_entries called with", [type(b).__name__ for b in bases])
        return (Base,)


class C(Alias()):
    pass


print(C.__bases__, C.__orig_bases__[0].__class__.__name__, issubclass(C, Base))


class Bad:
    def __mro_entries__(self, bases):
        return "not a tuple"


class D(Bad()):
    pass
