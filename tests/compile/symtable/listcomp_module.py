r = [x for x in range(3)]
s = {x for x in r}
d = {k: v for k, v in {}.items()}
