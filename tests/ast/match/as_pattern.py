# python.gram: as_pattern
match x:
    case 1 as y: pass
    case (1 | 2) as z: pass
    case [a, b] as c: pass
    case 1 | 2 as d: pass
