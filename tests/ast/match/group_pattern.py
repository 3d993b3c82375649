# python.gram: group_pattern
match x:
    case (1): pass
    case (a): pass
    case ((1 | 2)): pass
