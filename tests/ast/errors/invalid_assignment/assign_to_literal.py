# python.gram: invalid_assignment (cannot assign to literal)
1 = x
