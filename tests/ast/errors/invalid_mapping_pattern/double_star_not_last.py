# python.gram: invalid_mapping_pattern (double star pattern must be last; check 3.14 message)
match x:
    case {**rest, "a": 1}:
        pass
