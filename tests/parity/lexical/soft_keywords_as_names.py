# match, case, type and _ remain usable as ordinary names, even alongside match statements.
match = [1, 2]
case = "case value"
type = "shadowing type"
_ = "underscore"
match match:
    case [1, *rest]:
        print("matched with rest", rest)
print(case, type, _)
del type
print(type(1).__name__)


def match(case):
    return case * 2


print(match(21))
