# An assignment expression cannot assign to an attribute.
class C:
    pass


c = C()
if (c.x := 1):
    pass
