# A call on the result of a subscript and an attribute: carets separate callee and arguments.
handlers = {"ok": lambda x: x, "bad": None}


def dispatch(name, arg):
    return handlers[name](arg) + 1


print(dispatch("ok", 1))
print(dispatch("bad", 1))
