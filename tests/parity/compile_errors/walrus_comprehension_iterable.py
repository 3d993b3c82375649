# An assignment expression in a comprehension's iterable.
data = [1, 2, 3]
result = [x for x in (y := data)]
