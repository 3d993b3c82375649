# python.gram: invalid_double_starred_kvpairs (cannot use a starred expression in a dictionary value)
{1: *a}
