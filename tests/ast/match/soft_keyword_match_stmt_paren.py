# python.gram: match_stmt with a parenthesized subject (and match as a call elsewhere)
match (x):
    case 1: pass
match [a, b]:
    case [c, d]: pass
match -x:
    case 1: pass
