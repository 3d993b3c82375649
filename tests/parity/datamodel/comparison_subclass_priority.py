# A subclass's reflected comparison runs first when it overrides it.
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented

    def __lt__(self, o):
        print("Base.__lt__")
        return True


class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return True

    def __gt__(self, o):
        print("Derived.__gt__")
        return False


print(Base() == Derived())
print(Base() < Derived())
print(Derived() == Base())
print(1 == Derived())
