# gc: collecting reference cycles, enable/disable state, thresholds, and is_tracked.
import gc


class Node:
    def __init__(self):
        self.other = None

    def __del__(self):
        print("finalising a node")


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("cycle dropped, not yet collected")
print(gc.collect() >= 2)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)) in (True, False))
print(len(gc.get_threshold()), type(gc.get_count()).__name__, gc.collect(0) >= 0, gc.get_debug())
print(type(gc.garbage).__name__, gc.garbage, callable(gc.get_referrers), gc.is_finalized(Node()))
