# python.gram: for_if_clause (disjunction as iterable; lambda needs parens)
[x for x in (lambda: y)()]
[x for x in a or b if c and d]
