# multiple starred names in sequence pattern (compiler check; ast.parse accepts)
match x:
    case [*a, *b]:
        pass
