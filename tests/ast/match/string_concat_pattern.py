# python.gram: strings in patterns (implicit concatenation)
match x:
    case "a" "b" 'c': pass
    case b"a" b"b": pass
