# python.gram: slices (starred_expression in subscripts, PEP 646)
a[*b]
a[*b, c]
a[b, *c]
a[*b, *c]
a[1:2, *b]
