# python.gram: single_target ('(' single_target ')'), star_atom ('(' target_with_star_atom ')'), del_t_atom ('(' del_target ')'), t_primary with genexp
(a) += 1
((a.b)) += 1
(a.b) = 1
del (a.b)
f(x for x in y).a = 1
f(x for x in y)[0] = 1
a.b(c)[d].e = 1
