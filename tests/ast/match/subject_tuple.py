# python.gram: subject_expr (star_named_expression ',' star_named_expressions?)
match a, b:
    case 1, 2:
        pass
match a,:
    case _:
        pass
match *a, b:
    case _:
        pass
