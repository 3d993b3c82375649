# python.gram: invalid_named_expression (NAME '=' bitwise_or: Maybe you meant '==' or ':=')
if x = 1:
    pass
