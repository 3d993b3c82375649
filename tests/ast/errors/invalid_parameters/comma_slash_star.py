# python.gram: invalid_parameters (expected comma between / and *)
def f(a, /*): pass
