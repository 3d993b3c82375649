# python.gram: subject_expr (named_expression)
match (y := f()):
    case _:
        pass
match x.y[0]():
    case _:
        pass
