# python.gram: star_target ('*' star_target)
a, *b = c
*d, e = f
[*g] = h
(*i,) = j
