r = [x for a in b for x in a]
s = [y for a in b for y in [a]]
