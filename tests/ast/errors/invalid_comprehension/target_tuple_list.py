# python.gram: invalid_comprehension (star_named_expression ',' star_named_expressions for_if_clauses)
[a, b for a, b in c]
