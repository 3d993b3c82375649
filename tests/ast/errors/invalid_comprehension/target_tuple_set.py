# python.gram: invalid_comprehension ('{' ... ',' ... for_if_clauses)
{a, b for a, b in c}
