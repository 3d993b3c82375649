# python.gram: del_targets, del_target, del_t_atom (every alternative)
del a
del a, b,
del (a)
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a.b), [c[0]]
del ()
del []
del f().x
