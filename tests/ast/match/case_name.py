# python.gram: 'case' as a name inside a case block
match x:
    case case:
        case = 1
