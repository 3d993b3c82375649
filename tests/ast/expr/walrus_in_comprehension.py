# python.gram: assignment_expression inside comprehensions
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
