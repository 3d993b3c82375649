# python.gram: invalid_kvpair (cannot use a starred expression in a dictionary value, after a pair)
{1: 2, 3: *a}
