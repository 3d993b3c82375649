# python.gram (3.15 grammar only): invalid_mapping_pattern; in 3.14 a double star pattern not last is plain invalid syntax
match x:
    case {**rest, "a": 1}:
        pass
