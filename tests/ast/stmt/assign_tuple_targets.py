# python.gram: star_targets, star_targets_tuple_seq, star_atom
a, b = 1, 2
(c, d) = e, f = 3, 4
