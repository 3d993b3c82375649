# A number running into letters: invalid decimal literal.
width = 10
height = 20
area = 3width
