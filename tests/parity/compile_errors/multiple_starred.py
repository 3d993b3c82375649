# Two starred targets in one assignment.
data = [1, 2, 3, 4]
first, *middle, *rest = data
