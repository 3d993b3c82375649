# python.gram: invalid_named_expression (cannot assign to attribute here. Maybe you meant '==' instead of '='?)
if x.a = 1:
    pass
