# bytearray() and memoryview() as builtins with every argument form and keyword arguments.
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray("é", encoding="utf-8"), bytearray("x", "ascii", "strict"))
print(bytearray([1, 2]), bytearray(memoryview(b"mv")), bytearray(range(3)), bytearray(iter(b"it")))
print(memoryview(b"x").obj, memoryview(bytearray(1)).tolist(), memoryview(object=b"kw").tobytes())
for f in (lambda: bytearray("no encoding"), lambda: bytearray(1, "utf-8"), lambda: memoryview(1), lambda: bytearray(-2)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
