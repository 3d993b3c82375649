match x:
    case {}:
        pass
    case {'a': 1, 'b': b}:
        pass
    case {'a': a, **rest}:
        pass
