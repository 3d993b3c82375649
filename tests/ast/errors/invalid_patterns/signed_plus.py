# literal_pattern: signed_number !('+' | '-'): '1 + 1' is not a pattern
match x:
    case -1 + 1:
        pass
