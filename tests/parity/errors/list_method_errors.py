# list methods given wrong arguments.
lst = [3, 1, 2]
for f in (lambda: lst.insert(), lambda: lst.insert("0", 1), lambda: lst.index(9),
          lambda: lst.pop("1"), lambda: lst.sort(1), lambda: lst.sort(key=1),
          lambda: lst.extend(1), lambda: lst.count(), lambda: lst.remove(9), lambda: lst[1.0],
          lambda: lst["a":], lambda: lst.__setitem__(slice(0, 1), 5), lambda: lst.copy(1)):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
lst.reverse(True)
