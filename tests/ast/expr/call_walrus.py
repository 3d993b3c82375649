# python.gram: args (assignment_expression)
f(x := 1)
f(a, y := 2, b=3)
