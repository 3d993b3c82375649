# python.gram: invalid_factor inside a call
f(+not b)
