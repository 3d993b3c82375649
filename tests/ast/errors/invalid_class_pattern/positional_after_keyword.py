# python.gram: invalid_class_pattern, invalid_class_argument_pattern (positional patterns follow keyword patterns)
match x:
    case C(a=1, b):
        pass
