# The class namespace keeps definition order; __dict__ contents and __firstlineno__, __static_attributes__.
class Ordered:
    z = 1
    a = 2

    def m(self):
        self.first = 1
        self.second = 2

    b = 3


print([k for k in Ordered.__dict__ if not k.startswith("__")])
print(Ordered.__firstlineno__, Ordered.__static_attributes__)
print(sorted(k for k in Ordered.__dict__ if k.startswith("__")))
