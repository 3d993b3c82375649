# python.gram: invalid_legacy_expression (range to the end of the star_expressions)
print a, b, c
