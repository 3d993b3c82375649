# python.gram: invalid_kwarg (cannot assign to False)
f(False=1)
