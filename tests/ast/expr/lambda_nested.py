# python.gram: lambdef nested
lambda: lambda: lambda x: x
f = lambda x: (lambda y: x + y)
