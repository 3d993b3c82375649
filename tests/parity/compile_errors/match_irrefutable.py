# An irrefutable case pattern before other cases.
def f(value):
    match value:
        case x:
            return "anything"
        case 1:
            return "one"
