# python.gram: invalid_kwarg (!(NAME '=') expression '=')
f(x, g()=1)
