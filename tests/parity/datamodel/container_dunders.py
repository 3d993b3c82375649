# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Box:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k): print("get", k); return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): print("contains", k); return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __reversed__(self): return iter(sorted(self.d, reverse=True))


b = Box()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "x" in b, "z" in b, list(b), list(reversed(b)))
del b["x"]
print(len(b))
b[1:3] = "slice"
print(b[1:3])


class D(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = D(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
