# python.gram: capture_pattern, pattern_capture_target, wildcard_pattern
match x:
    case a: pass
match y:
    case _: pass
