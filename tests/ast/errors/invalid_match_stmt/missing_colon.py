# python.gram: invalid_match_stmt (expected ':')
match x
    case 1: pass
