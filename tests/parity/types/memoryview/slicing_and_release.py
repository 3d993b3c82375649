# memoryview slices share memory; released views raise; tobytes orders; comparisons with formats.
buf = bytearray(range(10))
m = memoryview(buf)
s = m[2:6]
s[0] = 99
print(buf[2], s.tolist(), s.obj is buf, m[::2].tolist(), m[-3:].tobytes())
print(m == bytearray(range(10)) or m.tolist() == list(buf), memoryview(b"ab") == memoryview(b"ab"))
print(memoryview(b"\x01\x00\x02\x00").cast("h").tolist(), memoryview(b"abc").toreadonly().readonly)
s.release()
m.release()
print(m.tolist() if False else "released")
try:
    len(m)
except ValueError as e:
    print(e)
m2 = memoryview(bytearray(b"xy"))
m2[0:2] = b"abc"
