# Subscripting objects that do not support it, and item assignment/deletion errors.
for obj in (1, None, 1.5, len, object()):
    try:
        obj[0]
    except TypeError as e:
        print(e)
for obj in ("abc", (1, 2), range(3), b"xy", frozenset({1})):
    try:
        obj[0] = 1
    except TypeError as e:
        print(e)
for obj in ("abc", (1, 2)):
    try:
        del obj[0]
    except TypeError as e:
        print(e)
len[3]
