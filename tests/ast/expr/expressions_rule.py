# python.gram: expressions (via subject of match / return value)
def f():
    return a, b
    return a,
for x in a, b: pass
