g = (x for x in y)
h = (x for x in y if x for z in x)
