# python.gram: invalid_with_item (cannot assign to function call)
with a as f():
    pass
