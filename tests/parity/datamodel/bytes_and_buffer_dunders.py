# __bytes__, __fspath__-free conversions, __length_hint__, __sizeof__ for a plain object.
class B:
    def __bytes__(self):
        return b"custom"


print(bytes(B()), bytearray(b"x") + bytes(B()))


class Hint:
    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        return 3


print(list(Hint()))


class BadBytes:
    def __bytes__(self):
        return "not bytes"


bytes(BadBytes())
