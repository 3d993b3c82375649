# python.gram: if_stmt named_expression
if (n := len(a)) > 10:
    pass
if m := f():
    pass
