match v:
    case [a, *rest]: pass
    case {'k': b, **kw}: pass
    case Point(x=c, y=_) as p: pass
    case d | d: pass
