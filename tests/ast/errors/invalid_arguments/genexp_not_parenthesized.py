# python.gram: invalid_arguments (expression for_if_clauses ',' ...)
f(x for x in y, 1)
