# python.gram: invalid_mapping_pattern ((items_pattern ',')? ** ',' items_pattern)
match x:
    case {"a": 1, **rest, "b": 2}:
        pass
