# python.gram: genexp
(x for x in y)
(x for x in y if z)
((x, y) for x in a for y in b)
(x := 1 for y in z) if 0 else 0
