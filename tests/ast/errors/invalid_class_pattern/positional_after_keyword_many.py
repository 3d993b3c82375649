# python.gram: invalid_class_argument_pattern (range over several positional patterns)
match x:
    case C(1, a=1, 2, 3):
        pass
