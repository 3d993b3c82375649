# python.gram: guard with named_expression
match x:
    case y if (z := y) > 1: pass
    case y if z := y: pass
