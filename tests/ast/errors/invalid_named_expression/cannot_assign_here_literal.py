# python.gram: invalid_named_expression (cannot assign to literal here)
if 1 = 1:
    pass
