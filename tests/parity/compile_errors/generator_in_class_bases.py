# A generator expression as a class base.
class C(x for x in []):
    pass
