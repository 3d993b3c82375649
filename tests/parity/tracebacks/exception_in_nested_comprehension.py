# Nested comprehensions are inlined: the failing expression is shown in the module frame.
matrix = [[1, 2], [3, 0]]
inverses = [[1 / x for x in row] for row in matrix]
