# A comprehension element tuple without parentheses.
points = [(1, 2), (3, 4)]
flat = [x, y for x, y in points]
