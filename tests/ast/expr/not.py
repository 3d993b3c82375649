# python.gram: inversion
not a
not not a
not a == b
