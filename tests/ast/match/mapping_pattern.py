# python.gram: mapping_pattern, items_pattern, key_value_pattern, double_star_pattern
match x:
    case {}: pass
    case {"a": 1}: pass
    case {"a": 1, "b": c,}: pass
    case {**rest}: pass
    case {**rest,}: pass
    case {1: a, **rest}: pass
    case {Color.RED: r, None: n, True: t, -1: m, 1+2j: z, b"x": y}: pass
