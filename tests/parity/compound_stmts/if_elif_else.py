# if/elif/else chains with truthiness of various objects.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "falsy"
    elif v == 1:
        return "one"
    else:
        return "other"


print([classify(v) for v in (None, True, 0, "", [], 1, 1.0, "x", [0])])
if 0:
    pass
elif []:
    pass
else:
    print("else branch")
if x := 0:
    print("no")
print(x)
