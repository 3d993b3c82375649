match x:
    case []:
        pass
    case [a, b]:
        pass
    case [a, *rest]:
        pass
    case [a, *_, b]:
        pass
    case [*_]:
        pass
    case (_, _):
        pass
