# python.gram: sum, term
a + b
a - b
a * b
a / b
a // b
a % b
a @ b
a + b * c - d / e
a - b - c
