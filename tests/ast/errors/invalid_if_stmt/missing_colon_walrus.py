# python.gram: invalid_if_stmt (named_expression NEWLINE)
if (x := 1)
    pass
