# python.gram: star_atom ('[' star_targets_list_seq ']')
[a, b] = x
[] = ()
() = []
