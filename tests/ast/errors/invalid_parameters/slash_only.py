# python.gram: invalid_parameters ('/' alone)
def f(/): pass
