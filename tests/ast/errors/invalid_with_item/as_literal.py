# python.gram: invalid_with_item (cannot assign to literal)
with a as 1, b:
    pass
