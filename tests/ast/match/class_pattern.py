# python.gram: class_pattern, positional_patterns, keyword_patterns, keyword_pattern
match x:
    case C(): pass
    case C(1): pass
    case C(1, 2,): pass
    case C(a=1): pass
    case C(a=1, b=2,): pass
    case C(1, b=2): pass
    case C(1, 2, a=3, b=4,): pass
    case a.b.C(x, y=z): pass
