def f(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case [a, b]:
            return a + b
        case [a, *rest]:
            return rest
        case {"k": v, **others}:
            return v
        case Point(x=0, y=yy):
            return yy
        case Point(1, 2):
            return 3
        case str() as s:
            return s
        case None:
            return None
        case True:
            return 1
        case -1 | 1.5 | 2j:
            return 2
        case (a, b) if a > b:
            return a
        case _:
            return "other"

def g(cmd):
    match cmd.split():
        case ["go", direction]:
            go(direction)
        case ["drop", *objects]:
            drop(objects)
        case [x, y, *_] if x == y:
            pass
