# An exception from a call that is part of a larger expression: ~ for the callee, ^ for the call.
def parse(text):
    return int(text)


def total(a, b):
    return parse(a) + parse(b) * 2


print(total("1", "2"))
print(total("3", "four"))
