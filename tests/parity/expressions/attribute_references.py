# Attribute references on instances, classes, modules, and builtin objects, including dunder access.
import math


class P:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"


p = P()
print(p.inst, p.cls_attr, P.cls_attr, math.pi, (5).real, "x".upper, [].append.__name__)
print(p.__class__.__name__, P.__name__, P.__init__.__name__, p.__dict__, type(p.__init__).__name__)
p.cls_attr = "shadowed"
print(p.cls_attr, P.cls_attr)
del p.cls_attr
print(p.cls_attr, getattr(P, "cls_attr"))
print(1 .__class__, 1.5.__class__, "".__class__, ().__class__, None.__class__)
print(p.inst.upper().lower().title())
print(p.missing_attr)
