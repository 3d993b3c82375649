# ast.dump: Constant values None/True/False/Ellipsis and MatchSingleton
x = (None, True, False, ...)
match x:
    case None | True | False: pass
