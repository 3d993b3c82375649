# python.gram: star_targets, star_target, star_atom with nesting and starred names
for *a, b in c: pass
[*a] = b
(a, *b), c = d
a, (b, [c, *d]) = e
*a, = b
[a.b, c[0], *d.e] = f
((a)) = 1
[(a), [b]] = c
