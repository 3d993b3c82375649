# python.gram: invalid_arguments (NAME '=' expression for_if_clauses)
f(a=x for x in y)
