# python.gram: invalid_match_stmt (case statement must be inside match statement; 3.15 rule)
case 1:
    pass
