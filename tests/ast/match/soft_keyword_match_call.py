# python.gram: match as a name, not a statement (match(x) ...)
match(x)
match[x]
match.x = 1
match(x).y
match = [1]
