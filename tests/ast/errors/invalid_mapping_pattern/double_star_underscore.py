# '**_' in a mapping pattern: invalid syntax
match x:
    case {**_}:
        pass
