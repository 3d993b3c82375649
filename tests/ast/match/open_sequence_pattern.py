# python.gram: open_sequence_pattern, patterns
match x:
    case a, b: pass
    case a,: pass
    case *a, b: pass
    case 1, *_, 2: pass
