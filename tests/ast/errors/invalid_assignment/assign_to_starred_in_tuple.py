# python.gram: invalid_assignment (element inside a tuple target)
a, f() = 1, 2
