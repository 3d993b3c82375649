# Truth value testing: __bool__, then __len__, then true; errors for bad returns.
class WithBool:
    def __bool__(self): return False


class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n


class Neither:
    pass


print(bool(WithBool()), bool(WithLen(0)), bool(WithLen(3)), bool(Neither()))
print(bool(0), bool(0.0), bool(0j), bool(""), bool(()), bool([]), bool({}), bool(set()),
      bool(range(0)), bool(None), bool(b""), bool(bytearray()))
print(not WithLen(2), WithLen(0) or "fallback", bool(WithBool() and "no"))


class BadBool:
    def __bool__(self): return 1


class NegLen:
    def __len__(self): return -1


for obj in (BadBool(), NegLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
if NotImplemented:
    pass
