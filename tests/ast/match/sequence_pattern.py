# python.gram: sequence_pattern, maybe_sequence_pattern, maybe_star_pattern
match x:
    case []: pass
    case [a]: pass
    case [a, b,]: pass
    case (): pass
    case (a,): pass
    case (a, b): pass
    case [a, [b, c]]: pass
