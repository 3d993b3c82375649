# python.gram: match_stmt, subject_expr, case_block, patterns, pattern
match x:
    case 1:
        pass
    case _:
        pass
