# python.gram: invalid_named_expression (cannot assign to function call here)
if f() = 1:
    pass
