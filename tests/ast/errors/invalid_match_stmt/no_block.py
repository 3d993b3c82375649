# python.gram: invalid_match_stmt (expected an indented block after 'match' statement on line 2)
match x:
case 1: pass
