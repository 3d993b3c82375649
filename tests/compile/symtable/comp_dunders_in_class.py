class C:
    r = [(lambda: __classdict__)() for _ in [1]]
class D:
    r = [(lambda: __class__)() for _ in [1]]
class E:
    r = [__class__ for _ in [1]]
