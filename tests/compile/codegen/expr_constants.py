x = (None, True, False, ..., 1, 1.5, 2j, 'a', b'b', 10**100)
