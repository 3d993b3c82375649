# python.gram: invalid_as_pattern (cannot use literal as pattern target)
match x:
    case 1 as 2:
        pass
