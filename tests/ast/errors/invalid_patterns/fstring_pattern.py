# f-string with a replacement field in a pattern (compiler: patterns may only match literals and attribute lookups)
match x:
    case f"{y}":
        pass
