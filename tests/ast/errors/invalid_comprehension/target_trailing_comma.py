# python.gram: invalid_comprehension (star_named_expression ',' for_if_clauses)
[a, for a in c]
