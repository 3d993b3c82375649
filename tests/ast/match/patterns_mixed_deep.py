# python.gram: closed_pattern alternatives nested in each other
match x:
    case [*_]: pass
    case {**rest}: pass
    case Point(x=0, y=0): pass
    case -1+2j | 3-4j: pass
    case a.b.c: pass
    case (1 | 2) as y: pass
    case [1, [2, *r]]: pass
    case str() | bytes(): pass
    case {"k": [1, {"j": _}], **kw}: pass
    case (): pass
    case []: pass
    case (a,): pass
    case C(1, 2, a=3,): pass
    case {1: _, "s": _, None: _, True: _, -1: _, 1+1j: _, a.b: _}: pass
