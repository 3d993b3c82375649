# "is" with a literal: SyntaxWarning suggesting "==".
def check(x):
    if x is 1:
        return "one"
    if x is not "a":
        return "not a"
    if x is ():
        return "empty"
    return "other"


print(check(1), check("b"), check(2))
