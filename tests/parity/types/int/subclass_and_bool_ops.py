# int subclasses in arithmetic results, bool operators, and int methods on bool.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"


m = Meters(5)
print(m, m + 1, type(m + 1).__name__, m.bit_length(), m.real, type(m.real).__name__, int(m), type(int(m)).__name__)
print(True.bit_length(), True.to_bytes(1, "big"), (True).as_integer_ratio(), True.numerator, False.is_integer())
print(True & True, type(True & True).__name__, True | 0, type(True | 0).__name__, True ^ 1, type(~True + 1).__name__)
print(int.__add__(1, 2), int.__radd__(1, 2), (5).__rsub__(10), (2).__pow__(10), (7).__divmod__(2), (7).__rdivmod__(2))
print((5).__eq__("5"), (5).__lt__(6.0), int.__bool__(0), (255).__format__("x"), (10).__ceil__(), (10).__round__(-1))
