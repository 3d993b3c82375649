# python.gram: invalid_kwarg (cannot assign to True)
f(True=1)
