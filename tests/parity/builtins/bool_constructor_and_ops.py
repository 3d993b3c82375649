# bool(): truth of objects, bool is final, bool arithmetic results and repr.
print(bool(), bool(0), bool(1), bool(-1), bool("0"), bool(" "), bool([[]]), bool(range(1)), bool(0.0j))
print(True + False, True * 3.5, True / True, -False, abs(True), str(True), repr(False), f"{True!s:>6}")
print(bool.__bases__, type(True).__mro__, isinstance(False, int), True.__int__(), hash(True))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(int.__new__(bool, 1) if False else bool.__new__(bool, 5))
bool(1, 2)
