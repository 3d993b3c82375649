# Every construct that binds a name: assignment, for, with, except, import, def, class, walrus, match, del.
import math as bound_import
for bound_for in [1]:
    pass


class Ctx:
    def __enter__(self):
        return "with value"

    def __exit__(self, *a):
        return False


with Ctx() as bound_with:
    pass
try:
    raise KeyError
except KeyError as bound_except:
    pass


def bound_def():
    pass


class bound_class:
    pass


(bound_walrus := 5)
match {"k": 1}:
    case {"k": bound_match}:
        pass
names = sorted(n for n in globals() if n.startswith("bound_"))
print(names)
del bound_def
print("bound_def" in globals(), bound_with, bound_match)
