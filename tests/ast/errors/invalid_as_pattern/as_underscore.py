# python.gram: invalid_as_pattern (cannot use '_' as a target)
match x:
    case 1 as _:
        pass
