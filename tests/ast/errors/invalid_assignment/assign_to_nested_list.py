# python.gram: invalid_assignment (element inside a list target)
[a, [b, 1]] = x
