# python.gram: invalid_as_pattern (cannot use attribute as pattern target)
match x:
    case 1 as a.b:
        pass
