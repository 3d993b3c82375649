# python.gram: invalid_group (cannot use starred expression here)
(*a)
