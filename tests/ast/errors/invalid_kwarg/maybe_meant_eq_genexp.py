# python.gram: invalid_kwarg (NAME '=' expression for_if_clauses)
f(x, a=b for b in c)
