# The "as" name is deleted at the end of the except block.
try:
    raise ValueError("temp")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "rebound"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())


def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return e


f()
