# UnboundLocalError: assignment anywhere in a function makes the name local everywhere in it.
total = 10


def broken():
    print("reading total")
    total += 1


def conditional(flag):
    if flag:
        value = "set"
    return value


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)


def deleted():
    x = 1
    del x
    return x


try:
    deleted()
except UnboundLocalError as e:
    print(e)
broken()
