# python.gram: closed_pattern (deeply mixed)
match command.split():
    case [Point(x=0, y=0) as origin, {"k": [1, *_]} | None, (a | b) as c]:
        pass
