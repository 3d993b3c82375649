match x:
    case 1:
        pass
    case -1:
        pass
    case 1+2j:
        pass
    case a.b:
        pass
    case None:
        pass
    case True:
        pass
