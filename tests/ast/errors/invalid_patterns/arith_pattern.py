# arbitrary expressions are not patterns: invalid syntax
match x:
    case a + 1:
        pass
