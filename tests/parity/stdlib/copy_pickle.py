# copy and pickle: shallow vs deep copies, custom __copy__/__deepcopy__, and pickling round trips.
import copy
import pickle
a = [[1, 2], {"k": [3]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[0].append(9)
print(s, d, s[0] is a[0], d[0] is a[0])


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)


print(copy.copy(Custom(1)).v)
data = {"t": (1, 2), "s": {3}, "f": 1.5, "n": None, "b": b"x"}
print(pickle.loads(pickle.dumps(data)) == data, pickle.loads(pickle.dumps(Custom(5))).v)
print(pickle.dumps(None, protocol=2), pickle.dumps(True, protocol=0))
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
pickle.loads(b"not a pickle")
