match x:
    case Point():
        pass
    case Point(1, y=2):
        pass
    case Point(x=a, y=_):
        pass
