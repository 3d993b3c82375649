# python.gram: star_atom ('(' target_with_star_atom ')')
(a) = 1
(a.b) = 2
((c)) = 3
