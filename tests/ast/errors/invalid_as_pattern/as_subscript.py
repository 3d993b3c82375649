# python.gram: invalid_as_pattern (cannot use subscript as pattern target)
match x:
    case [a] as b[0]:
        pass
