# python.gram: star_pattern
match x:
    case [*a]: pass
    case [*_]: pass
    case [1, *rest]: pass
    case (*a, b): pass
