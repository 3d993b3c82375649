# memoryview: slicing without copying, tobytes, tolist, cast, format, itemsize, shape.
data = bytearray(b"abcdef")
m = memoryview(data)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize)
m[0] = ord("A")
m[1:3] = b"BC"
print(data, m.nbytes, m.ndim, m.shape, m.strides, m.contiguous, m.c_contiguous)
ints = m.cast("H")
print(ints.format, ints.itemsize, len(ints), ints.shape, ints.tolist() == list(ints))
print(memoryview(b"xyz").readonly, memoryview(b"xyz")[::2].tobytes(), memoryview(b"ab") == b"ab")
print(m.hex(), memoryview(b"\x01\x02").hex(":"), m[::-1].tobytes())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(e)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(e)
memoryview("text")
