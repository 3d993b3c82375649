# python.gram: target_with_star_atom, t_primary, t_lookahead
a.b = 1
a.b.c = 2
a[0] = 3
a[1:2] = 4
a.b[c].d(e).f = 5
a().b = 6
a[i](j)[k] = 7
