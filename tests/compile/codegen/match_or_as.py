match x:
    case 1 | 2 | 3:
        pass
    case (a, b) | (b, a):
        pass
    case [x] as y:
        pass
    case _:
        pass
