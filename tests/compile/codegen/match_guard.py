match x:
    case a if a > 1:
        pass
    case _ if c:
        pass
