# python.gram: literal_pattern strings (t-strings are not constants: compile error only)
match x:
    case t"a": pass
