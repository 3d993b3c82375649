# python.gram: invalid_parameters (at least one argument must precede /)
def f(/, a): pass
