# Evaluation order: left to right for operands, arguments, subscripts, dict displays, and assignments.
def t(label, value=None):
    print("eval", label)
    return value if value is not None else label


print(t("a", 1) + t("b", 2) * t("c", 3))
t("f", print)(t("arg1"), t("arg2"), sep=t("kw"))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
lst = [0, 0]
lst[t("idx", 0)] = t("rhs")
x = t("x", [1, 2])[t("sub", 0)]
t("obj", lst).__len__()
t("cond", True) and t("right")
t("first", False) or t("second")
print(t("t1") if t("test", 1) else t("t2"))
a, b = t("A"), t("B")
