# gc.get_referents of containers and gc.get_objects is not used (machine-dependent); freeze counts.
import gc
lst = [1, "a", (2,)]
print(gc.get_referents(lst) == [1, "a", (2,)] or sorted(map(repr, gc.get_referents(lst))))
d = {"k": [1]}
print(sorted(map(repr, gc.get_referents(d))))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
