# python.gram: del_stmt, del_targets, del_target, del_t_atom
del a
del a, b
del a.b, a[0], a[1:2]
del (a), (b, c), [d, e]
del (a, b),
del a,
del [], ()
del f().x, g()[0]
