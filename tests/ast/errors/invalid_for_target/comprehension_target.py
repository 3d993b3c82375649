# python.gram: invalid_for_target in a comprehension
[x for 1 in y]
