# python.gram: value_pattern, attr, name_or_attr
match x:
    case Color.RED: pass
    case a.b.c: pass
