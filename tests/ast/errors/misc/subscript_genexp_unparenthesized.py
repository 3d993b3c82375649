# python.gram: slices: a bare generator expression is not a subscript
a[x for x in y]
