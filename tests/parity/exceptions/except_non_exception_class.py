# except with something that is not an exception class: TypeError at match time.
try:
    try:
        raise ValueError("v")
    except 42:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except (ValueError, "str"):
        print("tuple element order: ValueError matched first")
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except (ValueError, str):
    pass
