# python.gram: invalid_assignment ('tuple' is an illegal expression for augmented assignment)
a, b += 1
