# python.gram: star_expressions, star_expression
*a, b
a, *b
*a,
x = *a, *b
