# python.gram: invalid_kwarg (cannot assign to None)
f(x, None=1)
