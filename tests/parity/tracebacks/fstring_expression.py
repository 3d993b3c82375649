# An exception raised inside an f-string replacement field.
data = {"a": 1}


def show(key):
    return f"value of {key}: {data[key] * 2}"


print(show("a"))
print(show("b"))
