# python.gram: invalid_arguments (args ',' expression for_if_clauses)
f(1, x for x in y)
