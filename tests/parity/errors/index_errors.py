# IndexError texts of sequence types.
for f in (lambda: [][0], lambda: ()[1], lambda: "abc"[5], lambda: b"x"[3], lambda: range(2)[9],
          lambda: bytearray()[0], lambda: [].pop(), lambda: [1].pop(4), lambda: memoryview(b"a")[2]):
    try:
        f()
    except IndexError as e:
        print(e)
lst = [1, 2, 3]
try:
    lst[10] = 0
except IndexError as e:
    print(e)
del lst[7]
