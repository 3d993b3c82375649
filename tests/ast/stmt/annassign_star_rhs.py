# python.gram: assignment annotated_rhs star_expressions
x: tuple = 1, 2
y: tuple = *a, *b
