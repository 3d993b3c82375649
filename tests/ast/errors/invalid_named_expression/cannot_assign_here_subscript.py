# python.gram: invalid_named_expression (cannot assign to subscript here)
while x[0] = 1:
    pass
