# python.gram: invalid_arguments (args ',' kwargs ',' starred)
f(a, b=1, **k, *c)
