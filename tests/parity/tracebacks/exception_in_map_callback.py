# An exception in a function called by map() inside list(): only Python frames are shown.
def parse(s):
    return int(s, 16)


print(list(map(parse, ["a", "ff"])))
print(list(map(parse, ["1", "zz"])))
