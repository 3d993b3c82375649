# python.gram: invalid_arguments ((args ',')? NAME '=' &',')
f(x, a=, b=2)
