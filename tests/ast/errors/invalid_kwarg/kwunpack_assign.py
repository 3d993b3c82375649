# python.gram: invalid_kwarg ('**' expression '=' expression)
f(**a=1)
