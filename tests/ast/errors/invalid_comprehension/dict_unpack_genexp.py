# python.gram: invalid_comprehension ('(' '**' expression for_if_clauses)
(**x for x in y)
