# python.gram: invalid_for_target (cannot assign to literal)
for 1 in x:
    pass
