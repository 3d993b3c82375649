# python.gram: or_pattern
match x:
    case 1 | 2 | 3: pass
    case [a] | (a, _): pass
    case None | True: pass
