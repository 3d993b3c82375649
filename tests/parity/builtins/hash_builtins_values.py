# hash() of builtin immutable values with PYTHONHASHSEED=0: ints, floats, tuples, frozensets, bytes, str.
print(hash(0), hash(1), hash(-1), hash(2**62), hash(1.5), hash(-2.25), hash(1e300), hash(float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash(((1, 2), 3)), hash(frozenset()), hash(frozenset([1, 2])))
print(hash(""), hash("a"), hash("hello"), hash(b"hello"), hash("hello") == hash(b"hello"))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)), hash(3 + 4j), hash(True), hash(False))
print(hash(slice(1, 2)), hash((None, "x", 2.5)))
