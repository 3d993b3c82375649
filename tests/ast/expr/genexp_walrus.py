# python.gram: genexp (assignment_expression element)
(y := f(x) for x in z)
