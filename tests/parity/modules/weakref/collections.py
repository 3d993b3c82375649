# WeakValueDictionary, WeakKeyDictionary, WeakSet, and finalize.
import weakref
import gc


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"K({self.n})"


a, b = K(1), K(2)
wv = weakref.WeakValueDictionary({"a": a, "b": b})
wk = weakref.WeakKeyDictionary({a: "first", b: "second"})
ws = weakref.WeakSet([a, b])
print(sorted(wv), len(wk), len(ws), wv["a"], wk[b])
del a
gc.collect()
print(sorted(wv), len(wk), len(ws), list(ws))
f = weakref.finalize(b, print, "finalizer ran for", 2)
print(f.alive)
del b
print(f.alive, len(wv))
