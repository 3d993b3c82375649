# match on various value types: bools vs ints (identity for True/False/None), floats, bytes, negative numbers.
def m(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case b"raw":
            return "bytes"
        case "":
            return "empty string"
        case _:
            return "default"


for v in (True, 1, 1.0, -1, 1.5, 2 + 3j, b"raw", "", False, 0, None):
    print(repr(v), "->", m(v))
