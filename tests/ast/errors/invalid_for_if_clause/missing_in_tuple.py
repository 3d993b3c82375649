# python.gram: invalid_for_if_clause (tuple of targets)
(x for a, b, c)
