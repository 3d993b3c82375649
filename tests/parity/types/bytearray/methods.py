# bytearray shares the bytes methods and returns bytearrays; resizing while exported fails.
ba = bytearray(b" Mixed Case ")
print(ba.strip(), ba.upper(), ba.split(), ba.replace(b" ", b"_"), ba.hex(), bytearray.fromhex("41 42"))
print(type(ba.strip()).__name__, type(ba[1:3]).__name__, type(ba + b"x").__name__, type(b"x" + ba).__name__)
print(ba.find(b"C"), ba.startswith(b" M"), ba.isalpha(), bytearray(b"ab").zfill(4), ba.partition(b"d"))
print(repr(bytearray(b"q'\"")), bytearray(b"a") == b"a", bytearray(b"b") > b"a")
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
m.release()
ba.append(1)
print(ba[-1], ba.__alloc__() >= len(ba))
ba.resize(3)
print(ba)
ba.resize(5)
print(ba)
