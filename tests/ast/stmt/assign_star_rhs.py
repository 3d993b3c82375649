# python.gram: annotated_rhs (star_expressions)
x = *a, *b
y = 1,
