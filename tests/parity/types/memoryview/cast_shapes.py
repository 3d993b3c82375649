# memoryview.cast to multi-dimensional shapes, tolist, and cast errors.
m = memoryview(bytes(range(12)))
print(m.cast("B", (3, 4)).tolist())
print(m.cast("B", (2, 2, 3)).shape, m.cast("B", (2, 6)).strides)
print(m.cast("i").tolist() if len(m) % 4 == 0 else None, m.cast("c")[0])
print(m.cast("B", [12]).tolist()[:3], m.cast("b").tolist()[-1])
for f in (lambda: m.cast("i", (5,)), lambda: m.cast("x"), lambda: m.cast("B", (3, 4)).cast("H"),
          lambda: m.cast("B", (3, 4))[0], lambda: memoryview(b"abc").cast("H")):
    try:
        f()
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(m.cast("B", (3, 4))[1, 2], hash(memoryview(b"ab")) == hash(b"ab"))
