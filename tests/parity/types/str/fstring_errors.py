# Runtime errors inside f-strings: bad format specs, conversions of failing objects, and tracebacks.
class Bad:
    def __repr__(self):
        raise RuntimeError("repr failed")

    def __format__(self, spec):
        raise ValueError(f"bad spec {spec!r}")


for f in (lambda: f"{Bad()!r}", lambda: f"{Bad():x}", lambda: f"{1:z}", lambda: f"{'s':d}",
          lambda: f"{None:>5}", lambda: f"{[]:1}"):
    try:
        f()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
width = "ten"
print(f"{3:{width}}")
