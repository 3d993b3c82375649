# super(): zero-argument form, two-argument form, in classmethods, and its errors.
class A:
    def hello(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"


class B(A):
    def hello(self):
        return "B+" + super().hello()

    @classmethod
    def make(cls):
        return "B+" + super().make()


class C(B):
    def hello(self):
        return "C+" + super(B, self).hello()


print(B().hello(), C().hello(), B.make(), C.make())
print(super(C, C()).hello(), type(super(B, B())).__name__)
sup = super(B, B())
print(sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)


def detached():
    return super().hello()


try:
    detached()
except RuntimeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
super(B, B()).missing
