# A wildcard case before other cases.
def f(value):
    match value:
        case _:
            return "anything"
        case None:
            return "none"
