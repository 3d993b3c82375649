# bytearray mutation: item and slice assignment, append, extend, insert, pop, remove, del.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend(b"!!")
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
del ba[0]
del ba[-2:]
print(ba)
ba[1:1] = [1, 2]
ba += b"x"
ba *= 2
print(ba, ba.count(b"x"), ba.index(b"x"))
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
for f in (lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").__setitem__(0, 256),
          lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xyz"), lambda: hash(bytearray())):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
bytearray(b"x")[5] = 1
