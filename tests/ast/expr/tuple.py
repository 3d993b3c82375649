# python.gram: tuple, star_named_expressions
()
(a,)
(a, b)
(a, b,)
a, b
a,
(*a, b)
(*a,)
