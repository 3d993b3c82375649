# python.gram: match_stmt (inside functions and nested)
def f(x):
    match x:
        case 1:
            match x:
                case _:
                    return 0
    return 1
