# python.gram: invalid_with_item (cannot assign to literal inside a tuple target)
with (a as (b, 1)):
    pass
