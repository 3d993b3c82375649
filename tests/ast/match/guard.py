# python.gram: guard
match x:
    case [a, b] if a > b:
        pass
    case y if (z := y):
        pass
