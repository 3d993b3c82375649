# __format__ receives the spec; format(), f-strings and str.format route through it.
class Money:
    def __init__(self, cents): self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"{self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self): return "Money!"


m = Money(1234)
print(format(m), format(m, "cents"), format(m, ">10.1f"))
print(f"{m}", f"{m:cents}", f"{m!s}", f"{m!r:.6}")
print("{0} {0:cents} {0:^12.3f}".format(m))


class NoFormat:
    def __str__(self): return "nf"


print(format(NoFormat()), f"{NoFormat():}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(e)


class BadFormat:
    def __format__(self, spec): return 5


format(BadFormat())
