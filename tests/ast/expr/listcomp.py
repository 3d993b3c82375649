# python.gram: listcomp, for_if_clauses, for_if_clause
[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x for x in y for z in x]
[(x, y) for x, y in z]
[*x for x in y] if 0 else 0
